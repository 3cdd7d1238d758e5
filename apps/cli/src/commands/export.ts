import { Option, type Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { commandAction, type CliRun, type CommandContext } from '../command-action';
import { CliError } from '../exit-code';
import { parseAsOf, parseNameList } from '../input/option-values';
import { hasRule, readRule, type RuleOptions } from '../input/rule-input';
import { formatCount } from '../output/numbers';
import { usesApi } from '../backend/open-backend';
import { examples, RULE_HELP } from './help-texts';

interface ExportOptions extends RuleOptions {
  all?: boolean;
  format?: 'csv' | 'ndjson';
  attributes?: string[];
  addresses?: boolean;
  out?: string;
  asOf?: Date;
}

/** Who is exported: exactly one of a segment, a rule, or `--all`. */
async function members(
  context: CommandContext,
  segment: string | undefined,
  options: ExportOptions,
) {
  const given = [segment !== undefined, hasRule(options), options.all === true].filter(
    Boolean,
  ).length;
  if (given !== 1)
    throw new CliError(
      'usage',
      'give exactly one of: a segment (id or name), --rule / --rule-expr, or --all',
    );
  if (segment !== undefined) return { segment };
  if (options.all) return 'everyone' as const;
  return { rule: await readRule(options, context.path) };
}

/** The format asked for, else the output file's (`.ndjson`, `.jsonl`), else CSV. */
const formatOf = (options: ExportOptions) =>
  options.format ?? (options.out && /\.(ndjson|jsonl)$/i.test(options.out) ? 'ndjson' : 'csv');

/** `pinpoint export SEGMENT --format csv|ndjson`: a segment's members, streamed. */
export function registerExport(program: Command, run: CliRun): void {
  program
    .command('export')
    .description(
      'export the members of a segment (ids, chosen attributes, reachable addresses) as CSV or NDJSON, streaming',
    )
    .argument('[segment]', 'saved segment id or name (or give --rule / --rule-expr / --all)')
    .option('--rule <file>', 'members of a rule (JSON file or inline JSON)')
    .option('--rule-expr <expression>', 'members of a rule in the compact form')
    .option('--all', 'every profile of the workspace')
    .addOption(
      new Option(
        '--format <format>',
        'csv or ndjson (default: by the --out file name, else csv)',
      ).choices(['csv', 'ndjson']),
    )
    .option(
      '--attributes <keys>',
      'attributes to export, comma-separated (default: ids only)',
      parseNameList,
    )
    .option(
      '--addresses',
      'add the addresses of the channels where each person is reachable (consent granted)',
    )
    .option('--out <file>', 'write to this file (default: standard output)')
    .option(
      '--as-of <date>',
      'evaluate event windows of the rule at this day or instant (default: now)',
      parseAsOf,
    )
    .addHelpText(
      'after',
      examples(
        'pinpoint export "Lapsed donors" --attributes first_name,last_name,city --addresses --out donors.csv',
        'pinpoint export --rule-expr "age >= 65 and reachable(post)" --format ndjson > seniors.ndjson',
        'pinpoint export --all --attributes region --out everyone.csv --json',
      ) + RULE_HELP,
    )
    .action(
      commandAction(run, async (context, options: ExportOptions, segment: string | undefined) => {
        if (context.output.json && options.out === undefined)
          throw new CliError(
            'usage',
            '--json prints a summary of an export written with --out FILE',
            {
              hint: 'for JSON records on standard output use --format ndjson instead',
            },
          );
        const who = await members(context, segment, options);
        const { exportMembers } = await import('../transfer/export-members');
        const { exportThroughApi } = await import('../transfer/export-through-api');
        const api = usesApi(context.globals, context.env)
          ? {
              address: context.globals.api ?? context.env.apiUrl ?? '',
              token: context.globals.token ?? context.env.apiToken,
              backend: await context.backend(),
            }
          : null;
        const file = options.out === undefined ? null : context.path(options.out);
        const output: Writable = file ? createWriteStream(file) : context.io.stdout;
        const abort = new AbortController();
        const stopListening = context.io.onInterrupt(() => abort.abort());
        const format = formatOf(options);
        try {
          const request = {
            members: who,
            format,
            attributes: options.attributes ?? [],
            addresses: options.addresses === true,
            asOf: options.asOf,
            signal: abort.signal,
          };
          const summary = api
            ? await exportThroughApi(api, request, output)
            : await exportMembers(context.env, request, output);
          if (file) {
            output.end();
            await finished(output);
          }
          const result = { rows: summary.rows, format, file, durationMs: summary.durationMs };
          if (context.output.json) context.output.result(result, () => '');
          else
            context.io.err(
              `exported ${formatCount(summary.rows)} profiles${file ? ` to ${file}` : ''}\n`,
            );
        } finally {
          stopListening();
          if (file && !output.writableFinished) output.destroy();
        }
      }),
    );
}
