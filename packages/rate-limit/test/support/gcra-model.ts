import type { TakeResult } from '../../src/take-options';

const MINUTE_MS = 60_000n;

/**
 * The reference for the token bucket, written the other way round: a generic cell rate
 * algorithm. Instead of counting tokens it remembers when each key's bucket will be full again;
 * a request of cost k pushes that time k * 60 000 / C ms later and is allowed while it stays
 * within a minute from now. Times are kept multiplied by the capacity, in BigInt, so that the
 * model is exact by construction rather than by care. Times must not decrease, and each key
 * keeps one capacity.
 */
export class GcraModel {
  readonly #fullAtTimesCapacity = new Map<string, bigint>();

  take(key: string, capacity: number, cost: number, now: number): TakeResult {
    const c = BigInt(capacity);
    const nowTimesC = BigInt(now) * c;
    const from = maxOf(this.#fullAtTimesCapacity.get(key) ?? nowTimesC, nowTimesC);
    const pushed = from + BigInt(cost) * MINUTE_MS;
    const limit = (BigInt(now) + MINUTE_MS) * c;
    if (pushed <= limit) {
      this.#fullAtTimesCapacity.set(key, pushed);
      return { allowed: true, remaining: tokensLeft(c, pushed - nowTimesC) };
    }
    const retryAfterMs = Number((pushed - limit + c - 1n) / c);
    return { allowed: false, retryAfterMs, remaining: tokensLeft(c, from - nowTimesC) };
  }
}

/** Whole tokens in a bucket that is full again after `untilFull / capacity` ms. */
function tokensLeft(capacity: bigint, untilFull: bigint): number {
  return Number((capacity * MINUTE_MS - untilFull) / MINUTE_MS);
}

function maxOf(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
