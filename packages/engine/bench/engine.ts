/**
 * The audience benchmark: one generated population (seed 7, history up to 2026-06-01) of
 * BENCH_SIZE profiles (default 1,000,000), asked the same five questions by
 *
 *   - the in-memory index, built by streaming the generator in id order (cold: caches cleared
 *     before each run; warm: reused), BENCH_RUNS runs (default 30) after a warm-up;
 *   - the SQL path on PostgreSQL (when DATABASE_URL or TEST_DATABASE_URL is set) and on PGlite,
 *     BENCH_SQL_RUNS runs (default 5), on databases seeded once with the same population and
 *     kept for later runs; set BENCH_SQL=none to skip them, BENCH_SQL=postgres or pglite for one;
 *   - a physical yardstick: one sequential read of a Uint32Array the size of one bitset.
 *
 * It prints build time, peak RSS and bytes per profile, then one table with medians, p99s
 * and the ratios SQL ÷ index and index ÷ memory pass, and checks that every path gave the
 * same answers.
 *
 *   pnpm bench                                    # every package's benchmark, this one at 1M
 *   BENCH_SIZE=10000000 BENCH_SQL=none pnpm --filter @pinpoint/engine bench
 */
import { indexCatalog, profileIdFor } from '@pinpoint/domain';
import {
  demoCatalog,
  demoSegmentLookup,
  externalIdFor,
  generateProfile,
} from '@pinpoint/population';
import { AudienceIndexBuilder, type AudienceIndex } from '../src/index';
import { sortedPopulationOrder } from './population-order';
import {
  BENCH_AS_OF,
  BENCH_SEED,
  QUESTIONS,
  campaign,
  compositionKey,
  compositionSegment,
  eventWindow,
  fiveConditions,
  tenRules,
  type AnswerOf,
  type Question,
} from './questions';
import { openSqlPaths, sqlAnswers } from './sql-paths';
import { mib, ms, timeRuns, type Timing } from './timing';

const size = Number(process.env.BENCH_SIZE ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 30);
const sqlRuns = Number(process.env.BENCH_SQL_RUNS ?? 5);
const sqlChoice = process.env.BENCH_SQL ?? 'all';
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
const batchSize = 10_000;

let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const line = (label: string, value: string) => console.log(`${label.padEnd(24)} ${value}`);

line('profiles', size.toLocaleString('en'));
const index = buildIndex();

const engineContext = {
  catalog: indexCatalog(demoCatalog),
  segments: demoSegmentLookup,
  asOf: BENCH_AS_OF,
};
const engineAnswer: AnswerOf = (question: Question) => {
  switch (question) {
    case '5-condition count':
      return index.count(fiveConditions, engineContext);
    case 'event-window count':
      return index.count(eventWindow, engineContext);
    case '10×10 overlap':
      return index.overlap(tenRules, engineContext);
    case 'composition by region':
      return index.composition(compositionSegment, compositionKey, engineContext);
    case 'reach (3 in, 1 out, 3 ch)':
      return index.reach(campaign, engineContext);
  }
};

const words = new Uint32Array(Math.ceil(size / 32)).fill(0x01010101);
const { timing: memoryPass } = await timeRuns(runs, () => {
  let x = 0;
  for (let i = 0; i < words.length; i += 1) x ^= words[i]!;
  return x;
});
line('memory pass (1 bitset)', `median ${ms(memoryPass.median)}, p99 ${ms(memoryPass.p99)}`);

interface Row {
  question: Question;
  cold: Timing;
  warm: Timing;
  answer: unknown;
  sql: { name: string; timing: Timing; same: boolean }[];
}
const rows: Row[] = [];
for (const question of QUESTIONS) {
  const cold = await timeRuns(
    runs,
    () => engineAnswer(question),
    () => index.clearCaches(),
  );
  const warm = await timeRuns(runs, () => engineAnswer(question));
  rows.push({ question, cold: cold.timing, warm: warm.timing, answer: warm.answer, sql: [] });
}
line(
  'members, page of 100',
  ms(
    (await timeRuns(runs, () => index.members(fiveConditions, engineContext, { limit: 100 })))
      .timing.median,
  ),
);

const sqlPaths =
  sqlChoice === 'none'
    ? []
    : await openSqlPaths(
        size,
        {
          serverUrl: sqlChoice === 'pglite' ? undefined : serverUrl,
          pglite: sqlChoice !== 'postgres',
        },
        (text) => console.log(text),
      );
for (const path of sqlPaths) {
  if (path.seedSeconds !== null) line(`seed ${path.name}`, `${path.seedSeconds.toFixed(1)} s`);
  const ask = await sqlAnswers(path.db);
  for (const row of rows) {
    const { timing, answer } = await timeRuns(sqlRuns, () => ask(row.question));
    row.sql.push({ name: path.name, timing, same: sameAnswer(row.answer, answer) });
  }
  await path.db.close();
}
sampleRss();
line('peak RSS at the end', mib(peakRss));
printTable(rows);

function buildIndex(): AudienceIndex {
  let t0 = performance.now();
  const order = sortedPopulationOrder(size, (i) => profileIdFor(externalIdFor(i)), true);
  line('ids sorted', `${((performance.now() - t0) / 1000).toFixed(1)} s (not part of the build)`);
  // The bench measures what the index takes, so it lifts the default 2 GiB budget.
  const builder = new AudienceIndexBuilder(demoCatalog, {
    expectedProfiles: size,
    memoryBudgetBytes: 6 * 2 ** 30,
  });
  let buildMs = 0;
  let generateMs = 0;
  for (let start = 0; start < size; start += batchSize) {
    t0 = performance.now();
    const batch = [];
    for (let i = start; i < Math.min(size, start + batchSize); i += 1)
      batch.push(generateProfile(BENCH_SEED, order[i]!, BENCH_AS_OF));
    const t1 = performance.now();
    for (const profile of batch) builder.add(profile);
    const t2 = performance.now();
    generateMs += t1 - t0;
    buildMs += t2 - t1;
    if ((start / batchSize) % 20 === 0) sampleRss();
  }
  t0 = performance.now();
  const built = builder.build();
  buildMs += performance.now() - t0;
  sampleRss();
  const memory = built.memory();
  line('generate', `${(generateMs / 1000).toFixed(1)} s (not part of the build)`);
  line('build (add + build)', `${(buildMs / 1000).toFixed(1)} s`);
  line('peak RSS after build', mib(peakRss));
  line(
    'index memory',
    `${mib(memory.totalBytes)}, ${memory.bytesPerProfile.toFixed(0)} bytes/profile`,
  );
  line(
    '  parts',
    Object.entries(memory.parts)
      .filter(([, bytes]) => bytes >= 2 ** 20)
      .map(([part, bytes]) => `${part} ${mib(bytes)}`)
      .join(', '),
  );
  return built;
}

/** Answers agree when their JSON is the same, keys in any order (counts, matrices, rows, reach). */
function sameAnswer(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, inner]) => [key, canonical(inner)]),
  );
}

function printTable(table: Row[]): void {
  const names = table[0]?.sql.map((s) => s.name) ?? [];
  const head = [
    'question'.padEnd(26),
    'index cold p50/p99'.padStart(22),
    'warm p50'.padStart(10),
    '÷ pass'.padStart(8),
    ...names.map(
      (n) => `${n} p50/p99 (${sqlRuns} runs)`.padStart(30) + `${n} ÷ index`.padStart(18),
    ),
  ];
  console.log(`\n${head.join(' ')}`);
  for (const row of table) {
    const cells = [
      row.question.padEnd(26),
      `${ms(row.cold.median)} / ${ms(row.cold.p99)}`.padStart(22),
      ms(row.warm.median).padStart(10),
      `${(row.cold.median / memoryPass.median).toFixed(0)}×`.padStart(8),
      ...row.sql.map(
        (s) =>
          `${ms(s.timing.median)} / ${ms(s.timing.p99)}`.padStart(30) +
          `${(s.timing.median / row.cold.median).toFixed(0)}×${s.same ? '' : ' DIFFERENT ANSWER'}`.padStart(
            18,
          ),
      ),
    ];
    console.log(cells.join(' '));
  }
  console.log(
    `\n÷ pass: index cold median over the memory pass (${ms(memoryPass.median)}); ` +
      `SQL ÷ index: SQL median over index cold median. ${runs} index runs per question.`,
  );
  if (table.some((row) => row.sql.some((s) => !s.same))) {
    console.error('Paths gave different answers.');
    process.exitCode = 1;
  }
}
