/**
 * Runs one import in a process of its own, for the test that kills an import midway:
 *
 *   node --import tsx test/support/import-child.ts <postgres URL | PGlite folder> <workspace> <file> <mapping> <all|partial> <batch size>
 *
 * Prints `written N` after every batch and `done` at the end.
 */
import { openDatabase } from '@pinpoint/db';
import { importProfiles } from '../../src/index';

const [target = '', workspace = '', file = '', mapping = '', mode = 'all', batch = '1000'] =
  process.argv.slice(2);
const db = await openDatabase(
  target.startsWith('postgres') ? { url: target, maxConnections: 2 } : { dataDir: target },
);
await db.migrate();
await importProfiles(db, workspace, file, mapping, {
  partial: mode === 'partial',
  batchSize: Number(batch),
  onProgress: (progress) => process.stdout.write(`written ${progress.written}\n`),
});
await db.close();
process.stdout.write('done\n');
