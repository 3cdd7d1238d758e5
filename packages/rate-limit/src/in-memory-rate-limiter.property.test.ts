import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GcraModel } from '../test/support/gcra-model';
import { createInMemoryRateLimiter } from './in-memory-rate-limiter';
import { takeFromBucket } from './token-bucket';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const KEYS = ['alpha', 'beta', 'gamma'] as const;

/** Per key a capacity, then takes at non-decreasing times with costs up to the key's capacity. */
const scenario = fc
  .record({
    alpha: fc.integer({ min: 1, max: 12 }),
    beta: fc.integer({ min: 1, max: 600 }),
    gamma: fc.integer({ min: 1, max: 1_000_000_000 }),
  })
  .chain((capacities) =>
    fc.record({
      capacities: fc.constant(capacities),
      start: fc.integer({ min: 0, max: 2 ** 42 }),
      takes: fc.array(
        fc.record({
          key: fc.constantFrom(...KEYS),
          costShare: fc.double({ min: 0, max: 1, noNaN: true }),
          step: fc.oneof(
            fc.constant(0),
            fc.integer({ min: 0, max: 50 }),
            fc.integer({ min: 0, max: 70_000 }),
          ),
        }),
        { maxLength: 80 },
      ),
    }),
  );

describe('the in-process token bucket', () => {
  it('allows, refuses and says when to retry exactly as the reference model', () => {
    fc.assert(
      fc.property(scenario, ({ capacities, start, takes }) => {
        const limiter = createInMemoryRateLimiter();
        const model = new GcraModel();
        let now = start;
        for (const { key, costShare, step } of takes) {
          now += step;
          const capacity = capacities[key];
          // Mostly cheap requests, sometimes up to the whole bucket.
          const cost = Math.max(1, Math.ceil(capacity * costShare ** 4));
          const actual = limiter.take(key, { capacity, cost, now });
          expect(actual).toEqual(model.take(key, capacity, cost, now));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('answers a refusal with the shortest wait after which the same request is allowed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 60_000 }),
        (capacity, drainShare, costShare, wait) => {
          const drain = Math.max(1, Math.ceil(capacity * drainShare));
          const cost = Math.max(1, Math.ceil(capacity * costShare));
          const { state } = takeFromBucket(undefined, { capacity, cost: drain, now: 0 });
          const refused = takeFromBucket(state, { capacity, cost, now: wait }).result;
          if (refused.allowed) return;
          expect(refused.retryAfterMs).toBeGreaterThanOrEqual(1);
          const at = wait + refused.retryAfterMs;
          expect(takeFromBucket(state, { capacity, cost, now: at - 1 }).result.allowed).toBe(false);
          expect(takeFromBucket(state, { capacity, cost, now: at }).result.allowed).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
