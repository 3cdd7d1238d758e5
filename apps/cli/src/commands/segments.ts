import type { Command } from 'commander';
import type { SegmentDetail, SegmentSummary } from '../backend/backend';
import { commandAction, type CliRun } from '../command-action';
import { CliError, issuesError } from '../exit-code';
import { parseAsOf } from '../input/option-values';
import { readRule, type RuleOptions } from '../input/rule-input';
import { resolveSegments } from '../input/segment-reference';
import { formatCount } from '../output/numbers';
import { formatFields, formatTable } from '../output/table';
import { formatRuleExpression } from '../rule-expression/format-rule-expression';
import { examples, RULE_HELP } from './help-texts';

const detail = (segment: SegmentDetail): string =>
  formatFields([
    ['id', segment.id],
    ['name', segment.name],
    ['description', segment.description || '–'],
    ['size', formatCount(segment.size)],
    ['rule', formatRuleExpression(segment.rule)],
  ]);

/** `pinpoint segments list|show|create`. */
export function registerSegments(program: Command, run: CliRun): void {
  const segments = program
    .command('segments')
    .description('list, show and create saved segments')
    .addHelpText(
      'after',
      examples(
        'pinpoint segments list',
        'pinpoint segments show "Lapsed donors"',
        'pinpoint segments create --name "Young Bavarians" --rule-expr "age between 18 and 29 and region = BY"',
      ),
    );

  segments
    .command('list')
    .description('list the saved segments with their sizes')
    .option('--search <text>', 'only segments whose name contains the text')
    .option('--no-sizes', 'leave the sizes out (faster on big populations)')
    .option('--as-of <date>', 'sizes at this day or instant (default: now)', parseAsOf)
    .addHelpText(
      'after',
      examples('pinpoint segments list', 'pinpoint segments list --search donors --json'),
    )
    .action(
      commandAction(
        run,
        async (context, options: { search?: string; sizes: boolean; asOf?: Date }) => {
          const backend = await context.backend();
          const all = await backend.listSegments({ sizes: options.sizes, asOf: options.asOf });
          const needle = options.search?.trim().toLowerCase();
          const found = needle ? all.filter((s) => s.name.toLowerCase().includes(needle)) : all;
          context.output.result(found, (rows) =>
            formatTable<SegmentSummary>(
              [
                { header: 'ID', cell: (s) => s.id },
                { header: 'NAME', cell: (s) => s.name },
                ...(options.sizes
                  ? [
                      {
                        header: 'SIZE',
                        cell: (s: SegmentSummary) => formatCount(s.size ?? 0),
                        align: 'right' as const,
                      },
                    ]
                  : []),
              ],
              rows,
            ),
          );
        },
      ),
    );

  segments
    .command('show')
    .description('show a saved segment: its rule (in the compact form) and size')
    .argument('<segment>', 'segment id or name')
    .option('--as-of <date>', 'size at this day or instant (default: now)', parseAsOf)
    .addHelpText(
      'after',
      examples(
        'pinpoint segments show 5e600000-0000-4000-8000-000000000003',
        'pinpoint segments show "Lapsed donors" --json',
      ),
    )
    .action(
      commandAction(run, async (context, options: { asOf?: Date }, reference: string) => {
        const backend = await context.backend();
        const [named] = await resolveSegments(backend, [reference]);
        const segment = await backend.getSegment(named!.id, options.asOf);
        if (!segment) throw new CliError('notFound', `no segment with id "${named!.id}"`);
        context.output.result(segment, detail);
      }),
    );

  segments
    .command('create')
    .description('save a new segment from a rule')
    .requiredOption('--name <name>', "the segment's name")
    .option('--description <text>', 'what the segment is for')
    .option('--rule <file>', 'the rule as a JSON file (or inline JSON)')
    .option('--rule-expr <expression>', 'the rule in the compact form')
    .addHelpText(
      'after',
      examples(
        'pinpoint segments create --name "Climate voters" --rule climate.json',
        'pinpoint segments create --name "Young Bavarians" --rule-expr "age between 18 and 29 and region = BY"',
      ) + RULE_HELP,
    )
    .action(
      commandAction(
        run,
        async (context, options: RuleOptions & { name: string; description?: string }) => {
          const rule = await readRule(options, context.path);
          const backend = await context.backend();
          const created = await backend.createSegment({
            name: options.name,
            description: options.description,
            rule,
          });
          if (!created.ok) throw issuesError('the segment', created.issues);
          context.output.note(`created segment "${created.value.name}"`);
          context.output.result(created.value, detail);
        },
      ),
    );
}
