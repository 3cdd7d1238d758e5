import { describe, expect, it } from 'vitest';
import { parseTakeOptions } from './take-options';
import { takeFromBucket, type BucketState } from './token-bucket';

/** Runs takes at the given times against one bucket and returns the answers. */
function run(capacity: number, takes: { cost: number; now: number }[]) {
  let state: BucketState | undefined;
  return takes.map(({ cost, now }) => {
    const outcome = takeFromBucket(state, { capacity, cost, now });
    state = outcome.state;
    return outcome.result;
  });
}

describe('takeFromBucket', () => {
  it('starts full and counts whole tokens left', () => {
    expect(run(60, [{ cost: 1, now: 0 }])).toEqual([{ allowed: true, remaining: 59 }]);
    expect(run(60, [{ cost: 60, now: 0 }])).toEqual([{ allowed: true, remaining: 0 }]);
  });

  it('refuses when empty, with the time until enough tokens have refilled', () => {
    // 2 per minute: one token every 30 s.
    const answers = run(2, [
      { cost: 1, now: 0 },
      { cost: 1, now: 0 },
      { cost: 1, now: 0 },
      { cost: 1, now: 10_000 },
      { cost: 1, now: 29_999 },
      { cost: 1, now: 30_000 },
    ]);
    expect(answers).toEqual([
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
      { allowed: false, retryAfterMs: 30_000, remaining: 0 },
      { allowed: false, retryAfterMs: 20_000, remaining: 0 },
      { allowed: false, retryAfterMs: 1, remaining: 0 },
      { allowed: true, remaining: 0 },
    ]);
  });

  it('waits for the whole cost of an expensive request', () => {
    // 60 per minute: one token a second; 3 left after the first take, 5 needed.
    const answers = run(60, [
      { cost: 57, now: 0 },
      { cost: 5, now: 0 },
      { cost: 5, now: 2_000 },
    ]);
    expect(answers[1]).toEqual({ allowed: false, retryAfterMs: 2_000, remaining: 3 });
    expect(answers[2]).toEqual({ allowed: true, remaining: 0 });
  });

  it('never answers a refusal with 0 ms, even when a token takes less than 1 ms to refill', () => {
    const capacity = 600_000_000; // 10 000 tokens per millisecond
    const answers = run(capacity, [
      { cost: capacity, now: 0 },
      { cost: 1, now: 0.9 },
    ]);
    expect(answers[1]).toEqual({ allowed: false, retryAfterMs: 1, remaining: 0 });
  });

  it('does not refill when the clock steps back', () => {
    const answers = run(1, [
      { cost: 1, now: 100_000 },
      { cost: 1, now: 50_000 },
      { cost: 1, now: 160_000 },
    ]);
    expect(answers[1]).toEqual({ allowed: false, retryAfterMs: 60_000, remaining: 0 });
    expect(answers[2]).toEqual({ allowed: true, remaining: 0 });
  });

  it('leaves the bucket as it was after a refusal', () => {
    const first = takeFromBucket(undefined, { capacity: 1, cost: 1, now: 0 });
    const refused = takeFromBucket(first.state, { capacity: 1, cost: 1, now: 1_000 });
    expect(refused.state).toBe(first.state);
  });

  it('says when the bucket is full again, so that it can be forgotten', () => {
    const { state } = takeFromBucket(undefined, { capacity: 120, cost: 3, now: 1_000 });
    expect(state).toEqual({ units: 117 * 60_000, at: 1_000, fullAt: 2_500 });
  });
});

describe('parseTakeOptions', () => {
  it.each([
    [{ capacity: 0, cost: 1 }, 'take options.capacity: expected at least 1 request per minute'],
    [{ capacity: 1.5, cost: 1 }, 'take options.capacity: expected a whole number'],
    [{ capacity: 10, cost: 0 }, 'take options.cost: expected at least 1 token'],
    [{ capacity: 10, cost: 11 }, 'take options.cost: expected at most the capacity'],
    [{ capacity: 10, cost: 1, now: Number.NaN }, 'take options.now: expected'],
  ])('rejects %j, naming the field', (options, message) => {
    expect(() => parseTakeOptions('key', options)).toThrow(RangeError);
    expect(() => parseTakeOptions('key', options)).toThrow(message);
  });

  it('rejects an empty key', () => {
    expect(() => parseTakeOptions('', { capacity: 1, cost: 1 })).toThrow('take key');
  });
});
