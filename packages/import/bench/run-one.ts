/**
 * One benchmark run in a process of its own (see import.ts), printing what it measured and the
 * process's peak RSS as one JSON line:
 *
 *   node --import tsx bench/run-one.ts <postgres|pglite> import <file> <mapping> [export]
 *   node --import tsx bench/run-one.ts <postgres|pglite> ceiling <rows>
 *
 * `import` imports a file into a fresh database (and then exports every profile); `ceiling` times only the database: the COPY text of the same profiles, in the import's
 * batches and order, is made before the clock starts and then copied in one transaction, so
 * that the figure is what the database alone takes on this machine, with no JavaScript beside.
 */
import { csvLine, ensureServerDatabase, ensureWorkspace, openDatabase } from '@pinpoint/db';
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
const batches = mode === 'ceiling' ? copyText(Number(rest[0])) : [];
const started = performance.now();
if (mode === 'ceiling') {
  await ensureWorkspace(db, 'bench');
  await db.transaction(async (tx) => {
    for (const batch of batches) {
      await tx.copyCsv(
        'profiles',
        ['id', 'workspace_id', 'external_id', 'attributes'],
        batch.profiles,
      );
      await tx.copyCsv(
        'profile_channels',
        ['profile_id', 'channel', 'address', 'consent'],
        batch.channels,
      );
    }
  });
  rows = Number(rest[0]);
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

/** The COPY text an import of `count` generated rows sends, batch by batch. */
function copyText(count: number): { profiles: string; channels: string }[] {
  const batches = [];
  for (let start = 0; start < count; start += 10_000) {
    const profiles = [];
    for (let i = start; i < Math.min(count, start + 10_000); i += 1) {
      profiles.push(generatedProfile(i, 'bench'));
    }
    profiles.sort((a, b) => (a.id < b.id ? -1 : 1));
    batches.push({
      profiles: profiles
        .map((p) => csvLine([p.id, 'bench', p.externalId, JSON.stringify(p.attributes)]))
        .join(''),
      channels: profiles
        .flatMap((p) => p.channels.map((c) => csvLine([p.id, c.channel, c.address, c.consent])))
        .join(''),
    });
  }
  return batches;
}
