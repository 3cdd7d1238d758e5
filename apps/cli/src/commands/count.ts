import type { Command } from 'commander';
import { commandAction, type CliRun } from '../command-action';
import { parseAsOf } from '../input/option-values';
import type { RuleOptions } from '../input/rule-input';
import { segmentTarget, targetError } from '../input/segment-target';
import { formatCount, formatInstant, formatShare } from '../output/numbers';
import { examples, RULE_HELP } from './help-texts';

/** `pinpoint count`: the exact size of a saved segment or a draft rule. */
export function registerCount(program: Command, run: CliRun): void {
  program
    .command('count')
    .description('count the profiles a saved segment or a rule selects')
    .argument('[segment]', 'saved segment id or name (or give --rule / --rule-expr)')
    .option('--rule <file>', 'a rule as a JSON file (or inline JSON)')
    .option('--rule-expr <expression>', 'a rule in the compact form (see below)')
    .option(
      '--as-of <date>',
      'count at this day or instant; event windows end there (default: now)',
      parseAsOf,
    )
    .addHelpText(
      'after',
      examples(
        'pinpoint count "Lapsed donors"',
        'pinpoint count --rule young-bavarians.json --as-of 2026-06-01',
        'pinpoint count --rule-expr "age >= 65 and reachable(post)" --json',
      ) + RULE_HELP,
    )
    .action(
      commandAction(
        run,
        async (context, options: RuleOptions & { asOf?: Date }, segment: string | undefined) => {
          const labelled = await segmentTarget(context, segment, options);
          const { target, label } = labelled;
          const answer = await (await context.backend()).count(target, options.asOf);
          if (!answer.ok) throw targetError(labelled, answer.issues);
          const { size, population, share, asOf } = answer.value;
          context.output.result(
            { size, population, share, asOf },
            () =>
              `${label}: ${formatCount(size)} of ${formatCount(population)} profiles (${formatShare(share)}), as of ${formatInstant(asOf)}\n`,
          );
        },
      ),
    );
}
