import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '@redis/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GcraModel } from '../test/support/gcra-model';
import { takeFromRedisBucket } from './redis-token-bucket';

const redisUrl = process.env.TEST_REDIS_URL;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);
const runId = `${process.pid}-${randomBytes(4).toString('hex')}`;
const KEYS = ['alpha', 'beta'] as const;

/**
 * Capacities where a few milliseconds of real time refill whole tokens (up to 10 a
 * millisecond) as well as small ones, and short pauses between takes.
 */
const scenario = fc.record({
  capacities: fc.record({
    alpha: fc.integer({ min: 1, max: 100 }),
    beta: fc.integer({ min: 1_000, max: 600_000 }),
  }),
  takes: fc.array(
    fc.record({
      key: fc.constantFrom(...KEYS),
      costShare: fc.double({ min: 0, max: 1, noNaN: true }),
      pauseMs: fc.constantFrom(0, 0, 0, 1, 2, 5),
    }),
    { minLength: 1, maxLength: 30 },
  ),
});

describe.skipIf(!redisUrl)('the Redis script (needs TEST_REDIS_URL)', () => {
  const client = createClient({ url: redisUrl ?? '' });
  beforeAll(async () => {
    await client.connect();
  });
  afterAll(async () => {
    await client.close();
  });

  it('allows, refuses and says when to retry exactly as the reference model, on Redis time', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ capacities, takes }) => {
        const prefix = `pinpoint-test:rate-limit-script:${runId}:${run++}:`;
        const model = new GcraModel();
        for (const { key, costShare, pauseMs } of takes) {
          if (pauseMs > 0) await sleep(pauseMs);
          const capacity = capacities[key];
          const cost = Math.max(1, Math.ceil(capacity * costShare ** 4));
          // The script reports the Redis time it used; the model is asked at that same time.
          const { result, at } = await takeFromRedisBucket(
            client,
            prefix + key,
            { capacity, cost },
            5_000,
          );
          expect(result).toEqual(model.take(key, capacity, cost, at));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
