import { parseTakeOptions, type TakeOptions, type TakeResult } from './take-options';
import { takeFromBucket, type BucketState } from './token-bucket';

/** Buckets kept by default: a few hundred bytes each, so about a megabyte at most. */
export const DEFAULT_MAX_KEYS = 10_000;

/** How many of the least recently used buckets each request looks at for forgetting. */
const SWEEP_PER_TAKE = 2;

/** The token bucket kept in this process: for the embedded mode and while Redis is down. */
export interface InMemoryRateLimiter {
  /** Takes `cost` tokens from `key`'s bucket; see `TakeOptions` and `TakeResult`. */
  take(key: string, options: TakeOptions): TakeResult;
  /** How many buckets are held now (for tests and metrics). */
  readonly size: number;
  /** Forgets every bucket. */
  clear(): void;
}

/**
 * Creates an in-process token bucket limiter with at most `maxKeys` buckets. Buckets are kept
 * in least-recently-used order; each request forgets the oldest ones that have refilled
 * completely (a full bucket is the same as no bucket, so this loses nothing) and, when the map
 * is still over its bound, the least recently used one even if it is not full: that key starts
 * again from a full bucket, which only ever happens when more than `maxKeys` keys are active at
 * once.
 */
export function createInMemoryRateLimiter(options: { maxKeys?: number } = {}): InMemoryRateLimiter {
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  if (!Number.isInteger(maxKeys) || maxKeys < 1) {
    throw new RangeError('maxKeys: expected a whole number of at least 1');
  }
  const buckets = new Map<string, BucketState>();

  function forgetIdle(now: number): void {
    let looked = 0;
    for (const [key, state] of buckets) {
      if (looked++ >= SWEEP_PER_TAKE) break;
      if (state.fullAt <= now) buckets.delete(key);
    }
    while (buckets.size > maxKeys) {
      const oldest = buckets.keys().next();
      if (oldest.done) break;
      buckets.delete(oldest.value);
    }
  }

  return {
    take(key, raw) {
      const { capacity, cost, now = Date.now() } = parseTakeOptions(key, raw);
      const before = buckets.get(key);
      const { result, state } = takeFromBucket(before, { capacity, cost, now });
      // Delete and set again so the key moves to the most recently used end of the map.
      buckets.delete(key);
      if (state) buckets.set(key, state);
      forgetIdle(Math.floor(now));
      return result;
    },
    get size() {
      return buckets.size;
    },
    clear() {
      buckets.clear();
    },
  };
}
