/**
 * One benchmark run in a process of its own (see import.ts), printing what it measured and the
 * process's peak RSS as one JSON line:
 *
 *   node --import tsx bench/run-one.ts <postgres|pglite> import <file> <mapping> [export]
 *   node --import tsx bench/run-one.ts <postgres|pglite> yardstick <rows>
 *
 * `import` imports a file into a fresh database (and then exports every profile); `yardstick`
 * loads the same generated profiles with the db package's `copyProfiles`, which parses no file:
 * the fastest the database takes them on this machine.
 */
import { copyProfiles, ensureServerDatabase, ensureWorkspace, openDatabase } from '@pinpoint/db';
import { Writable } from 'node:stream';
import { exportSegment, importProfiles } from '../src/index';
import { generatedProfile } from '../test/support/generated-csv';

/** What one run measured. */
export interface RunResult {
  rows: number;
  seconds: number;
  exportSeconds: number | null;
  peakRssMiB: number;
}

const [engine = 'pglite', mode = 'import', ...rest] = process.argv.slice(2);
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
const db = await openDatabase({
  url:
    engine === 'postgres' && serverUrl
      ? await ensureServerDatabase(serverUrl, 'pinpoint_bench_import', { fresh: true })
      : undefined,
});
await db.migrate();

let rows = 0;
let exportSeconds: number | null = null;
const started = performance.now();
if (mode === 'yardstick') {
  const count = Number(rest[0]);
  await ensureWorkspace(db, 'bench');
  rows = await copyProfiles(
    db,
    'bench',
    (function* () {
      for (let i = 0; i < count; i += 1) yield generatedProfile(i, 'bench');
    })(),
  );
} else {
  const [file = '', mapping = '', andExport] = rest;
  rows = (await importProfiles(db, 'bench', file, mapping)).accepted;
  if (andExport === 'export') {
    const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
    const exportStarted = performance.now();
    const attributes = ['age', 'region', 'score', 'member', 'joined_on'];
    await exportSegment(db, 'bench', null, { format: 'csv', attributes, channels: true }, discard);
    exportSeconds = (performance.now() - exportStarted) / 1000;
  }
}
const seconds = (performance.now() - started) / 1000 - (exportSeconds ?? 0);
await db.close();

const result: RunResult = {
  rows,
  seconds,
  exportSeconds,
  // maxRSS is in KiB: the largest resident set of this process over its life.
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
};
console.log(JSON.stringify(result));
