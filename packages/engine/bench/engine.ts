/**
 * Scale check of the audience index: generates BENCH_SIZE demo profiles (default 1,000,000)
 * with `@pinpoint/population`, streams them in id order into the builder, and prints build
 * time, peak RSS, bytes per profile, and the median and p99 of BENCH_RUNS (default 30) runs of
 * each audience question, cold (caches cleared before each run) and warm.
 *
 *   BENCH_SIZE=10000000 pnpm --filter @pinpoint/engine bench
 */
import { profileIdFor, indexCatalog, type Campaign, type SegmentRule } from '@pinpoint/domain';
import {
  DEMO_SEGMENT_IDS,
  demoCatalog,
  demoSegmentLookup,
  externalIdFor,
  generateProfile,
} from '@pinpoint/population';
import { AudienceIndexBuilder, type AudienceIndex } from '../src/index';
import { sortedPopulationOrder } from './population-order';

const size = Number(process.env.BENCH_SIZE ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 30);
const seed = 7;
const asOf = new Date('2026-06-01T00:00:00Z');
const batchSize = 10_000;

let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

console.log(`profiles               ${size.toLocaleString('en')}`);
let t0 = performance.now();
const order = sortedPopulationOrder(size, (i) => profileIdFor(externalIdFor(i)), true);
console.log(
  `ids sorted             ${((performance.now() - t0) / 1000).toFixed(1)} s (not part of the build)`,
);

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
    batch.push(generateProfile(seed, order[i]!, asOf));
  const t1 = performance.now();
  for (const profile of batch) builder.add(profile);
  const t2 = performance.now();
  generateMs += t1 - t0;
  buildMs += t2 - t1;
  if ((start / batchSize) % 20 === 0) sampleRss();
}
t0 = performance.now();
const index = builder.build();
buildMs += performance.now() - t0;
sampleRss();
const memory = index.memory();
console.log(`generate               ${(generateMs / 1000).toFixed(1)} s (not part of the build)`);
console.log(`build (add + build)    ${(buildMs / 1000).toFixed(1)} s`);
console.log(`peak RSS               ${mib(peakRss)}`);
console.log(
  `index memory           ${mib(memory.totalBytes)}, ${memory.bytesPerProfile.toFixed(0)} bytes/profile`,
);
console.log(
  `  parts                ${Object.entries(memory.parts)
    .map(([part, bytes]) => `${part} ${mib(bytes)}`)
    .join(', ')}`,
);

const context = { catalog: indexCatalog(demoCatalog), segments: demoSegmentLookup, asOf };
const fiveConditions: SegmentRule = {
  and: [
    { attribute: { key: 'age', op: 'between', min: 25, max: 40 } },
    { attribute: { key: 'region', op: 'in', values: ['BY', 'BW', 'HE'] } },
    { interest: { topic: 'climate', minAffinity: 0.5 } },
    { reachable: { channel: 'email' } },
    { not: { event: { type: 'purchase', withinDays: 30, atLeast: 1 } } },
  ],
};
const eventWindow: SegmentRule = { event: { type: 'web_visit', withinDays: 90, atLeast: 2 } };
const tenRules: SegmentRule[] = [
  ...Object.values(DEMO_SEGMENT_IDS).map((id): SegmentRule => ({ segment: { id } })),
  fiveConditions,
  eventWindow,
  {
    and: [{ attribute: { key: 'age', op: 'gte', value: 65 } }, { reachable: { channel: 'post' } }],
  },
];
const campaign: Campaign = {
  id: 'bench-campaign',
  name: 'Bench',
  purpose: 'civic',
  includeSegmentIds: [
    DEMO_SEGMENT_IDS.youngUrbanClimate,
    DEMO_SEGMENT_IDS.bavarianFootballFans,
    DEMO_SEGMENT_IDS.olderRuralGardeners,
  ],
  excludeSegmentIds: [DEMO_SEGMENT_IDS.lapsedDonors],
  channels: [
    { channel: 'email', costPerContact: 0.01, priority: 0 },
    { channel: 'sms', costPerContact: 0.09, priority: 1 },
    { channel: 'post', costPerContact: 0.8, priority: 2 },
  ],
  variants: [],
  holdoutShare: 0.1,
  frequencyCap: { maxMessages: 2, perDays: 7 },
  budget: { amount: 5000, currency: 'EUR' },
};

function time(name: string, question: () => unknown, cold: boolean, ix: AudienceIndex) {
  const times: number[] = [];
  let answer: unknown;
  question(); // warm up the code paths once
  for (let i = 0; i < runs; i += 1) {
    if (cold) ix.clearCaches();
    const start = performance.now();
    answer = question();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p99 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)]!;
  console.log(
    `${name.padEnd(34)} median ${median.toFixed(2).padStart(7)} ms  p99 ${p99.toFixed(2).padStart(7)} ms  ${summary(answer)}`,
  );
}

function summary(answer: unknown): string {
  if (typeof answer === 'number') return answer.toLocaleString('en');
  const result = answer as { ok?: boolean; value?: Record<string, unknown> };
  if (!result.ok || !result.value) return '';
  const v = result.value;
  if ('union' in v) return `union ${String(v.union)}`;
  if ('rows' in v) return `segment ${String(v.segmentSize)}`;
  if ('audience' in v) return `audience ${String(v.audience)}, reachable ${String(v.reachable)}`;
  return '';
}

const words = new Uint32Array(Math.ceil(size / 32)).fill(0x01010101);
time(
  'memory pass over one bitset',
  () => {
    let x = 0;
    for (let i = 0; i < words.length; i += 1) x ^= words[i]!;
    return x;
  },
  false,
  index,
);
for (const cold of [true, false]) {
  const tag = cold ? 'cold' : 'warm';
  time(`5-condition count (${tag})`, () => index.count(fiveConditions, context), cold, index);
  time(`event-window count (${tag})`, () => index.count(eventWindow, context), cold, index);
  time(`10×10 overlap (${tag})`, () => index.overlap(tenRules, context), cold, index);
  time(
    `composition by region (${tag})`,
    () =>
      index.composition(
        { segment: { id: DEMO_SEGMENT_IDS.familiesNotMembers } },
        'region',
        context,
      ),
    cold,
    index,
  );
  time(`reach (${tag})`, () => index.reach(campaign, context), cold, index);
}
time(
  'members, first page of 100',
  () => index.members(fiveConditions, context, { limit: 100 }),
  false,
  index,
);
sampleRss();
console.log(`peak RSS at the end    ${mib(peakRss)}`);
