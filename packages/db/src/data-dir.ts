import { fileURLToPath } from 'node:url';

/**
 * Where the embedded database keeps its files when no folder is configured: `.data/pglite`
 * at the repository root, so that `start`, `db:migrate` and `db:seed` all use the same one
 * whichever package they run from.
 */
export function defaultDataDir(): string {
  return fileURLToPath(new URL('../../../.data/pglite', import.meta.url));
}
