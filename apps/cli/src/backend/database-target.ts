import { defaultDataDir, openDatabase, type Database } from '@pinpoint/db';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CliEnv } from '../env';
import { CliError } from '../exit-code';

/** Names the database `env` points at for messages, without the password of a server URL. */
export function describeDatabase(env: CliEnv): string {
  if (!env.databaseUrl) return `the embedded database at ${dataDirOf(env)}`;
  try {
    const url = new URL(env.databaseUrl);
    return `the PostgreSQL server at ${url.host}${url.pathname} (DATABASE_URL)`;
  } catch {
    return 'the PostgreSQL server at DATABASE_URL';
  }
}

/** The embedded database's folder: PINPOINT_DATA_DIR, else the repository's `.data/pglite`. */
export const dataDirOf = (env: CliEnv): string => env.dataDir ?? defaultDataDir();

/**
 * Opens the database `env` points at. Unless `create` is set, an embedded database must
 * exist already: opening an empty folder would set up a new, empty one (slowly) only to
 * answer that it has no profiles.
 */
export async function openConfiguredDatabase(
  env: CliEnv,
  options: { create: boolean },
): Promise<Database> {
  const dataDir = dataDirOf(env);
  if (!env.databaseUrl && !options.create && !existsSync(join(dataDir, 'PG_VERSION')))
    throw new CliError('unavailable', `there is no embedded database at ${dataDir} yet`, {
      hint:
        'create it with `pinpoint db seed` (demo population) or `pinpoint db migrate`, or ' +
        'point the CLI elsewhere: PINPOINT_DATA_DIR, DATABASE_URL or --api',
    });
  return openDatabase({ url: env.databaseUrl, dataDir, maxConnections: 4 });
}
