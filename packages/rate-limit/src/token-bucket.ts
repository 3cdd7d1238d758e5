import type { TakeResult } from './take-options';

/**
 * Tokens are counted in units of 1/60 000 token. A bucket of capacity C refills C tokens per
 * minute, that is C units per millisecond, so with whole milliseconds every count stays a whole
 * number and the retry-after is exact: no rounding drift, never a refusal that says "retry in
 * 0 ms". `token-bucket-script.ts` does the same arithmetic in Lua.
 */
export const UNITS_PER_TOKEN = 60_000;

/** One key's bucket as it was after its last allowed request. */
export interface BucketState {
  /** Tokens left at `at`, in units of 1/60 000 token. */
  readonly units: number;
  /** Time in whole milliseconds of the last allowed request. */
  readonly at: number;
  /**
   * When the bucket is full again if nothing is taken. From then on the state says nothing that
   * a missing bucket (which starts full) does not, so it may be forgotten.
   */
  readonly fullAt: number;
}

/** A request against one bucket; `capacity` and `cost` already checked by `parseTakeOptions`. */
export interface BucketRequest {
  readonly capacity: number;
  readonly cost: number;
  /** Time in milliseconds; fractions are dropped. */
  readonly now: number;
}

/**
 * Refills the bucket for the time since its last request and takes `cost` tokens if it has
 * them. A refusal takes nothing and returns the state unchanged (refill is a function of the
 * elapsed time alone, so not writing it back loses nothing). A clock that steps back counts as
 * no time passing, never as a refill.
 */
export function takeFromBucket(
  state: BucketState | undefined,
  request: BucketRequest,
): { result: TakeResult; state: BucketState | undefined } {
  const { capacity, cost } = request;
  const full = capacity * UNITS_PER_TOKEN;
  const needed = cost * UNITS_PER_TOKEN;
  const now = Math.max(Math.floor(request.now), state?.at ?? -Infinity);
  const units = state ? refilledUnits(state, capacity, now) : full;

  if (units < needed) {
    const retryAfterMs = Math.ceil((needed - units) / capacity);
    return { result: { allowed: false, retryAfterMs, remaining: wholeTokens(units) }, state };
  }
  const left = units - needed;
  const fullAt = now + Math.ceil((full - left) / capacity);
  return {
    result: { allowed: true, remaining: wholeTokens(left) },
    state: { units: left, at: now, fullAt },
  };
}

/** Units in the bucket at `now` (not before the state's own time). */
function refilledUnits(state: BucketState, capacity: number, now: number): number {
  // A minute refills any bucket completely; capping the elapsed time keeps the product small.
  const elapsed = Math.min(now - state.at, UNITS_PER_TOKEN);
  return Math.min(capacity * UNITS_PER_TOKEN, state.units + elapsed * capacity);
}

function wholeTokens(units: number): number {
  return Math.floor(units / UNITS_PER_TOKEN);
}
