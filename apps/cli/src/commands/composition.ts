import type { Command } from 'commander';
import type { CompositionRow } from '@pinpoint/domain';
import { commandAction, type CliRun } from '../command-action';
import { parseAsOf, parseNumberList } from '../input/option-values';
import type { RuleOptions } from '../input/rule-input';
import { segmentTarget, targetError } from '../input/segment-target';
import { formatCount, formatInstant, formatLift, formatShare } from '../output/numbers';
import { formatTable } from '../output/table';
import { examples, RULE_HELP } from './help-texts';

/** `pinpoint composition SEG --by ATTRIBUTE`: a segment broken down by one attribute, with lift. */
export function registerComposition(program: Command, run: CliRun): void {
  program
    .command('composition')
    .description(
      'break a segment down by an attribute, against the whole population (lift: 100 = as often as everywhere)',
    )
    .argument('[segment]', 'saved segment id or name (or give --rule / --rule-expr)')
    .requiredOption(
      '--by <attribute>',
      'the attribute to break down by, e.g. region, age, income_band',
    )
    .option(
      '--buckets <edges>',
      'bucket edges for a number attribute, e.g. 18,30,45,65',
      parseNumberList,
    )
    .option('--rule <file>', 'a rule as a JSON file (or inline JSON)')
    .option('--rule-expr <expression>', 'a rule in the compact form')
    .option('--as-of <date>', 'evaluate at this day or instant (default: now)', parseAsOf)
    .addHelpText(
      'after',
      examples(
        'pinpoint composition "Lapsed donors" --by region',
        'pinpoint composition "Lapsed donors" --by age --buckets 18,30,45,65,96',
        'pinpoint composition --rule-expr "interest(climate) >= 0.6" --by urbanity --json',
      ) + RULE_HELP,
    )
    .action(
      commandAction(
        run,
        async (
          context,
          options: RuleOptions & { by: string; buckets?: number[]; asOf?: Date },
          segment: string | undefined,
        ) => {
          const labelled = await segmentTarget(context, segment, options);
          const { target, label } = labelled;
          const answer = await (
            await context.backend()
          ).composition(target, options.by, {
            buckets: options.buckets,
            asOf: options.asOf,
          });
          if (!answer.ok) throw targetError(labelled, answer.issues);
          context.output.result(answer.value, (c) => {
            const head = `${label} by ${c.attribute.label} (${c.attribute.key}): ${formatCount(c.segmentSize)} members of ${formatCount(c.population)} profiles, as of ${formatInstant(c.asOf)}\n`;
            return (
              head +
              formatTable<CompositionRow>(
                [
                  { header: c.attribute.key.toUpperCase(), cell: (r) => r.label },
                  { header: 'MEMBERS', cell: (r) => formatCount(r.segmentCount), align: 'right' },
                  { header: 'SHARE', cell: (r) => formatShare(r.segmentShare), align: 'right' },
                  {
                    header: 'POPULATION',
                    cell: (r) => formatCount(r.populationCount),
                    align: 'right',
                  },
                  { header: 'SHARE', cell: (r) => formatShare(r.populationShare), align: 'right' },
                  { header: 'LIFT', cell: (r) => formatLift(r.lift), align: 'right' },
                ],
                c.rows,
              )
            );
          });
        },
      ),
    );
}
