import type { Command } from 'commander';
import { MAX_OVERLAP_RULES } from '@pinpoint/domain';
import { commandAction, type CliRun } from '../command-action';
import { CliError, issuesError } from '../exit-code';
import { parseAsOf } from '../input/option-values';
import { resolveSegments } from '../input/segment-reference';
import { formatCount, formatInstant, formatShare } from '../output/numbers';
import { formatTable, type Column } from '../output/table';
import { examples } from './help-texts';

/** `pinpoint overlap A B C`: sizes, pairwise intersections and union of saved segments. */
export function registerOverlap(program: Command, run: CliRun): void {
  program
    .command('overlap')
    .description(
      `how saved segments overlap: sizes, pairwise intersections, union (1 to ${MAX_OVERLAP_RULES} segments)`,
    )
    .argument('<segments...>', 'segment ids or names')
    .option('--as-of <date>', 'evaluate at this day or instant (default: now)', parseAsOf)
    .addHelpText(
      'after',
      examples(
        'pinpoint overlap "Lapsed donors" "Young urban climate-minded" "Bavarian football fans"',
        'pinpoint overlap 5e600000-0000-4000-8000-000000000001 5e600000-0000-4000-8000-000000000002 --json',
      ),
    )
    .action(
      commandAction(run, async (context, options: { asOf?: Date }, references: string[]) => {
        if (references.length > MAX_OVERLAP_RULES)
          throw new CliError(
            'usage',
            `overlap compares 1 to ${MAX_OVERLAP_RULES} segments, got ${references.length}`,
          );
        const backend = await context.backend();
        const segments = await resolveSegments(backend, references);
        const answer = await backend.overlap(
          segments.map(({ id }) => ({ id })),
          options.asOf,
        );
        if (!answer.ok) throw issuesError('the segments', answer.issues);
        const { sizes, intersections, union, population, asOf } = answer.value;
        const result = {
          segments: segments.map(({ id, name }) => ({ id, name })),
          sizes,
          intersections,
          union,
          population,
          asOf,
        };
        context.output.result(result, () => {
          const rows = segments.map((segment, i) => ({ i, segment }));
          type Row = (typeof rows)[number];
          const columns: Column<Row>[] = [
            { header: '#', cell: (r) => String(r.i + 1), align: 'right' },
            { header: 'SEGMENT', cell: (r) => r.segment.name },
            { header: 'SIZE', cell: (r) => formatCount(sizes[r.i] ?? 0), align: 'right' },
            ...segments.map((_, j): Column<Row> => ({
              header: `∩ #${j + 1}`,
              cell: (r) => (r.i === j ? '' : formatCount(intersections[r.i]?.[j] ?? 0)),
              align: 'right',
            })),
          ];
          return (
            formatTable(columns, rows) +
            `union: ${formatCount(union)} of ${formatCount(population)} profiles (${formatShare(population === 0 ? 0 : union / population)}), as of ${formatInstant(asOf)}\n`
          );
        });
      }),
    );
}
