/**
 * Generates a synthetic population into a database with COPY and times a 5-condition segment
 * count through the SQL path.
 *
 *   BENCH_SIZE=1000000 DATABASE_URL=postgres://… pnpm --filter @pinpoint/db bench
 *
 * Without DATABASE_URL (or TEST_DATABASE_URL) it runs on an in-memory PGlite. On a server it
 * works in a database of its own (`pinpoint_bench_seed`, recreated each run unless BENCH_REUSE=1,
 * which keeps an earlier run's profiles and times only the count).
 */
import type { SegmentRule } from '@pinpoint/domain';
import { countSegment, loadAudienceContext } from '../src/audience-queries';
import { openDatabase } from '../src/client';
import { seedDemo } from '../src/seed';
import { ensureServerDatabase } from '../src/server-database';

/** Keep the database of an earlier run (and its profiles) to time only the count. */
const reuse = process.env.BENCH_REUSE === '1';

const size = Number(process.env.BENCH_SIZE ?? 100_000);
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 7);
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
const asOf = new Date('2026-06-01T00:00:00Z');

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

const db = await openDatabase({
  url: serverUrl
    ? await ensureServerDatabase(serverUrl, 'pinpoint_bench_seed', { fresh: !reuse })
    : undefined,
});
await db.migrate();
const started = performance.now();
const seeded = await seedDemo(db, { size, seed: 7, asOf });
const seedSeconds = (performance.now() - started) / 1000;
clearInterval(sampler);
if (db.driver === 'postgres') await db.exec('analyze');

const fiveConditions: SegmentRule = {
  and: [
    { attribute: { key: 'age', op: 'between', min: 25, max: 40 } },
    { attribute: { key: 'region', op: 'in', values: ['BY', 'BW', 'HE'] } },
    { interest: { topic: 'climate', minAffinity: 0.5 } },
    { reachable: { channel: 'email' } },
    { not: { event: { type: 'purchase', withinDays: 30, atLeast: 1 } } },
  ],
};
const context = await loadAudienceContext(db, 'default', asOf);
const times: number[] = [];
let members = 0;
for (let i = 0; i < repetitions + 1; i += 1) {
  const t0 = performance.now();
  members = await countSegment(db, fiveConditions, context);
  if (i > 0) times.push(performance.now() - t0); // the first run warms caches
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? NaN;

console.log(`engine                 ${db.driver}`);
console.log(`profiles               ${seeded.profiles.toLocaleString('en')}`);
console.log(
  seeded.seeded
    ? `seed (generate + COPY) ${seedSeconds.toFixed(1)} s  (${Math.round(seeded.profiles / seedSeconds).toLocaleString('en')} profiles/s)`
    : 'seed                   reused from an earlier run',
);
console.log(`peak RSS while seeding ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
console.log(
  `5-condition count      ${members.toLocaleString('en')} members, median ${median.toFixed(1)} ms of ${repetitions} (min ${times[0]?.toFixed(1)}, max ${times.at(-1)?.toFixed(1)})`,
);
await db.close();
