/**
 * Generation throughput: streams 200,000 demo profiles (after a warm-up) and prints profiles
 * per second and microseconds per profile. Run with `npx tsx bench/generate.ts`; set
 * BENCH_SIZE to change the count.
 */
import { DEMO_AS_OF, DEMO_SEED, generatePopulation } from '../src/index';

const size = Number(process.env.BENCH_SIZE ?? 200_000);

function run(count: number): { ms: number; events: number } {
  let events = 0;
  const started = performance.now();
  for (const profile of generatePopulation({ seed: DEMO_SEED, size: count, asOf: DEMO_AS_OF })) {
    // Touch the result so the work cannot be optimised away.
    events += profile.events.length;
  }
  return { ms: performance.now() - started, events };
}

run(20_000);
const { ms, events } = run(size);
const perSecond = Math.round((size / ms) * 1000);
console.log(
  `${size.toLocaleString('en-US')} profiles in ${ms.toFixed(0)} ms: ` +
    `${perSecond.toLocaleString('en-US')} profiles/s, ${((ms * 1000) / size).toFixed(2)} µs/profile ` +
    `(${(events / size).toFixed(2)} events/profile)`,
);
