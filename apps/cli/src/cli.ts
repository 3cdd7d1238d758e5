import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import type { CliRun } from './command-action';
import { registerCatalog } from './commands/catalog';
import { registerComposition } from './commands/composition';
import { registerCount } from './commands/count';
import { registerDb } from './commands/db';
import { registerExport } from './commands/export';
import { examples } from './commands/help-texts';
import { registerImport } from './commands/import';
import { registerKeys } from './commands/keys';
import { registerOverlap } from './commands/overlap';
import { registerPreview } from './commands/preview';
import { registerProfiles } from './commands/profiles';
import { registerReach } from './commands/reach';
import { registerSegments } from './commands/segments';
import type { CliEnv } from './env';
import { ExitCode } from './exit-code';
import type { CliIo } from './io';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** The `pinpoint` program: global options, then one module per command. */
function buildProgram(run: CliRun): Command {
  const program = new Command('pinpoint')
    .description(
      'Pinpoint for analysts: segment sizes, overlaps, compositions, reach estimates and previews\n' +
        'from a terminal or a script, on the embedded database, PostgreSQL (DATABASE_URL) or a running API (--api).',
    )
    .version(version)
    .option(
      '--api <url>',
      'ask a running Pinpoint API over GraphQL (default: PINPOINT_API_URL; else the database)',
    )
    .option('--token <token>', 'bearer token for --api (default: PINPOINT_API_TOKEN)')
    .option('--json', 'print the result as JSON for scripts (shapes in the README)')
    .exitOverride()
    .configureOutput({ writeOut: run.io.out, writeErr: run.io.err })
    .showHelpAfterError('(add --help for usage)')
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .addHelpText(
      'after',
      examples(
        'pinpoint segments list',
        'pinpoint count --rule-expr "age between 18 and 34 and reachable(email)"',
        'pinpoint overlap "Lapsed donors" "Young urban climate-minded"',
        'pinpoint composition "Lapsed donors" --by region',
        'pinpoint reach autumn.json --budget 5000',
        'pinpoint --api http://127.0.0.1:4000/graphql count "Lapsed donors" --json',
      ) +
        `
Exit codes: 0 ok, 1 usage, 2 invalid input, 3 not found, 4 database or API unavailable, 5 internal error.
Database: the embedded one in .data/pglite (PINPOINT_DATA_DIR), or PostgreSQL at DATABASE_URL.
`,
    );
  registerCatalog(program, run);
  registerSegments(program, run);
  registerCount(program, run);
  registerOverlap(program, run);
  registerComposition(program, run);
  registerReach(program, run);
  registerPreview(program, run);
  registerProfiles(program, run);
  registerImport(program, run);
  registerExport(program, run);
  registerDb(program, run);
  registerKeys(program, run);
  return program;
}

/**
 * Runs the CLI on `argv` (without the node and script paths) and returns the exit code. All
 * output goes through `io` and all settings come from `env`, so tests run it in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo, env: CliEnv): Promise<ExitCode> {
  const run: CliRun = { io, env, exitCode: ExitCode.ok };
  const program = buildProgram(run);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // `--help` and `--version` end "with an error" in commander's terms, with exit code 0;
    // help shown because a command is missing, and every real mistake, are usage errors.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  return run.exitCode;
}
