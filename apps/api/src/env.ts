import { defaultDataDir } from '@pinpoint/db';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AuthMode } from './access/authenticate';

const builtExplorer = fileURLToPath(new URL('../../explorer/dist', import.meta.url));

const number = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got "${raw}"`);
  return value;
};

const host = process.env.HOST || '127.0.0.1';
const loopback = ['127.0.0.1', '::1', 'localhost'].includes(host);

/**
 * `local` (callers without a key act as this machine's operator) only where no one else can
 * connect; an API reachable from other machines always wants keys.
 */
function authMode(): AuthMode {
  const mode = process.env.PINPOINT_AUTH || (loopback ? 'local' : 'keys');
  if (mode !== 'local' && mode !== 'keys')
    throw new Error(`PINPOINT_AUTH must be "local" or "keys", got "${mode}"`);
  if (mode === 'local' && !loopback)
    throw new Error(
      `PINPOINT_AUTH=local lets anyone who reaches the API act as its admin; with HOST=${host} use PINPOINT_AUTH=keys`,
    );
  return mode;
}

/** The API's settings, read from the environment in this one place. */
export const env = {
  /** A PostgreSQL server; without it, Pinpoint runs on PGlite in `dataDir`. */
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.PINPOINT_DATA_DIR || defaultDataDir(),
  host,
  /** How callers prove who they are (see `AuthMode`). */
  auth: authMode(),
  /**
   * The server secret partner noise and audit pseudonyms are keyed with; an embedded install
   * makes its own beside its data folder when unset.
   */
  secret: process.env.PINPOINT_SECRET || undefined,
  /** Redis, where several API processes share rate limits; in process when unset. */
  redisUrl: process.env.REDIS_URL || undefined,
  /** Production: schema introspection off for partner keys. */
  production: process.env.NODE_ENV === 'production',
  port: number('PORT', 4000),
  /** Size and seed of the demo population created on first start of an empty database. */
  seedSize: number('PINPOINT_SEED_SIZE', 100_000),
  seed: number('PINPOINT_SEED', 42),
  /** Whether to keep the in-memory audience index (answers in milliseconds; SQL meanwhile). */
  index: (process.env.PINPOINT_INDEX ?? 'on') !== 'off',
  /** The index refuses to grow past this many megabytes. */
  indexMemoryMb: number('PINPOINT_INDEX_MEMORY_MB', 2048),
  /** Longest an operation may run before the client gets a TIMEOUT error. */
  timeoutMs: number('PINPOINT_QUERY_TIMEOUT_MS', 15_000),
  /** The built explorer, served beside the API when it has been built. */
  explorerDir:
    process.env.PINPOINT_EXPLORER_DIR || (existsSync(builtExplorer) ? builtExplorer : undefined),
  logLevel: process.env.LOG_LEVEL || 'info',
};
