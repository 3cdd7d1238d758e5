import { Option, type Command } from 'commander';
import type { ImportProgress, ImportSummary } from '@pinpoint/import';
import { commandAction, type CliRun } from '../command-action';
import { parsePositiveInteger } from '../input/option-values';
import { formatCount } from '../output/numbers';
import { progressLine } from '../output/progress';
import { formatFields } from '../output/table';
import { requireDatabase } from './database-only';
import { examples } from './help-texts';

/** Rejected records listed in the summary; the rejects file has them all. */
const LISTED_REJECTS = 10;

function describeImport(
  file: string,
  database: string,
  s: ImportSummary,
  rejects?: string,
): string {
  const seconds = s.durationMs / 1000;
  const fields: [string, string][] = [
    [
      'records',
      `${formatCount(s.records)} = ${formatCount(s.accepted)} accepted + ${formatCount(s.rejected)} rejected`,
    ],
    ['profiles', `${formatCount(s.created)} created, ${formatCount(s.updated)} updated`],
  ];
  const byCode = Object.entries(s.rejectsByCode).map(([code, n]) => `${code} ${formatCount(n)}`);
  if (byCode.length > 0) fields.push(['rejected for', byCode.join(', ')]);
  if (rejects) fields.push(['rejects file', rejects]);
  if (s.catalog.created.length > 0)
    fields.push([
      'new attributes',
      s.catalog.created
        .map((a) => `${a.key} (${a.type}${a.inferred ? ', inferred' : ''})`)
        .join(', '),
    ]);
  const added = Object.entries(s.catalog.addedValues).map(
    ([key, values]) => `${key} (${values.length})`,
  );
  if (added.length > 0) fields.push(['new enum values', added.join(', ')]);
  fields.push([
    'time',
    `${seconds.toFixed(1)} s (${formatCount(Math.round(s.records / Math.max(seconds, 0.001)))} records/s)`,
  ]);
  const listed = s.firstRejects
    .slice(0, LISTED_REJECTS)
    .flatMap((record) =>
      record.problems.map(
        (p) => `  line ${record.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`,
      ),
    );
  const more =
    s.rejected > LISTED_REJECTS
      ? `  … ${formatCount(s.rejected - LISTED_REJECTS)} more${rejects ? ` in ${rejects}` : '; --rejects FILE writes them all'}\n`
      : '';
  return (
    `imported ${file} into ${database}\n` +
    formatFields(fields) +
    (listed.length > 0 ? `\nrejected records:\n${listed.join('\n')}\n${more}` : '')
  );
}

/** `pinpoint import FILE --mapping M`: profiles from CSV or NDJSON, streamed into the database. */
export function registerImport(program: Command, run: CliRun): void {
  program
    .command('import')
    .description(
      'import profiles from a CSV or NDJSON file with a mapping (upserts by external id; all or nothing by default)',
    )
    .argument('<file>', 'the CSV or NDJSON file; - reads standard input')
    .requiredOption(
      '--mapping <file>',
      'the mapping JSON: id, attributes, channels (see examples/adult/mapping.json)',
    )
    .option(
      '--partial',
      'keep the good records when the import stops on a fatal error (default: roll back everything)',
    )
    .option(
      '--rejects <file>',
      'write every rejected record (line, column, code, reason, raw text) to this file (.csv or .ndjson)',
    )
    .addOption(
      new Option(
        '--format <format>',
        "the file format (default: the mapping's, else by file name)",
      ).choices(['csv', 'ndjson']),
    )
    .option('--batch-size <records>', 'records per COPY batch', parsePositiveInteger)
    .addHelpText(
      'after',
      examples(
        'pinpoint import ../shared/datasets/adult/adult.csv --mapping examples/adult/mapping.json --rejects adult-rejects.csv',
        'pinpoint import crm.ndjson --mapping crm-mapping.json --partial --json',
        'gunzip -c voters.csv.gz | pinpoint import - --mapping voters.json --format csv',
      ),
    )
    .action(
      commandAction(
        run,
        async (
          context,
          options: {
            mapping: string;
            partial?: boolean;
            rejects?: string;
            format?: 'csv' | 'ndjson';
            batchSize?: number;
          },
          file: string,
        ) => {
          requireDatabase(context, 'import');
          const { importFile } = await import('../transfer/import-file');
          const progress = progressLine(context.io, 'records', (p: ImportProgress) => ({
            done: p.bytesRead,
            total: p.bytesTotal,
            items: p.records,
          }));
          const abort = new AbortController();
          const stopListening = context.io.onInterrupt(() => abort.abort());
          const rejects = options.rejects === undefined ? undefined : context.path(options.rejects);
          try {
            const { summary, database } = await importFile(context.env, {
              source: file === '-' ? context.io.stdin : context.path(file),
              mapping: context.path(options.mapping),
              partial: options.partial === true,
              rejects,
              format: options.format,
              batchSize: options.batchSize,
              onProgress: (p) => progress.update(p),
              signal: abort.signal,
            });
            progress.stop();
            context.output.result({ file, ...summary }, (s) =>
              describeImport(file, database, s, rejects),
            );
          } finally {
            progress.stop();
            stopListening();
          }
        },
      ),
    );
}
