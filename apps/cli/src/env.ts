import { resolve } from 'node:path';

/** The CLI's settings from the environment, read in this one place. */
export interface CliEnv {
  /** A PostgreSQL server; without it, the CLI works on the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  /** Where the embedded database (PGlite) keeps its files; unset means the repository's `.data/pglite`. */
  dataDir: string | undefined;
  /** The directory relative file arguments are resolved against. */
  baseDir: string;
  /** The API to talk to when `--api` is not given; unset means a database. */
  apiUrl: string | undefined;
  /** The token sent to the API when `--token` is not given (keeps it out of shell history). */
  apiToken: string | undefined;
  /**
   * The server secret audit pseudonyms are keyed with, as the API's; unset means the embedded
   * install's own, kept beside its data folder.
   */
  secret: string | undefined;
  /** Progress bars are drawn only on a terminal, and never in CI. */
  ci: boolean;
  /** Print where internal errors happened. */
  debug: boolean;
}

/** Reads the CLI's settings from `source` (the process environment by default). */
export function readEnv(
  source: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): CliEnv {
  // `pnpm pinpoint …` at the repository root runs the CLI in its own package directory; pnpm
  // keeps the directory the user typed the command in as INIT_CWD. Only that script's runs
  // trust it: any other pnpm script (a test run, say) sets INIT_CWD to somewhere unrelated.
  const baseDir =
    source.npm_lifecycle_event === 'pinpoint' && source.INIT_CWD ? source.INIT_CWD : cwd;
  return {
    databaseUrl: source.DATABASE_URL || undefined,
    dataDir: source.PINPOINT_DATA_DIR ? resolve(baseDir, source.PINPOINT_DATA_DIR) : undefined,
    baseDir,
    apiUrl: source.PINPOINT_API_URL || undefined,
    apiToken: source.PINPOINT_API_TOKEN || undefined,
    secret: source.PINPOINT_SECRET || undefined,
    ci: Boolean(source.CI) && source.CI !== 'false',
    debug: Boolean(source.PINPOINT_DEBUG),
  };
}
