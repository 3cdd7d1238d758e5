import { eventWindow, type EventCondition } from '@pinpoint/domain';
import { type Bitset, setBit } from './bitset';
import type { BitsetPool } from './bitset-pool';
import type { RecencyIndex } from './recency-index';
import type { Term } from './term';

/** Where one-byte counts stop counting. */
const SATURATED = 255;

/**
 * The events of one type, sorted by time, each with its row. A window `(asOf − d, asOf]` is
 * then one contiguous slice found by binary search, and a count condition costs time in
 * proportion to the events inside the window only. Times are whole seconds in a Uint32Array
 * when every event of the type allows it (8 bytes per event with the row), else milliseconds
 * in a Float64Array; both compare exactly like `inWindow`.
 */
export class EventLog {
  constructor(
    /** Ascending times: seconds when `unit` is 1000, else milliseconds. */
    readonly times: Uint32Array | Float64Array,
    readonly unit: 1 | 1000,
    readonly rows: Uint32Array,
  ) {}

  /** Bytes of the arrays. */
  get bytes(): number {
    return this.times.byteLength + this.rows.byteLength;
  }

  /** The latest event's time in milliseconds; -Infinity without events. */
  get latestMs(): number {
    return this.times.length === 0 ? -Infinity : this.times[this.times.length - 1]! * this.unit;
  }

  /** First index whose time in milliseconds is greater than `ms`. */
  private firstAfter(ms: number): number {
    const { times, unit } = this;
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid]! * unit > ms) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The slice `[start, end)` of events in the window of `withinDays` days up to `asOf`. */
  window(asOf: Date, withinDays: number): [number, number] {
    const { from, to } = eventWindow(asOf, withinDays);
    return [this.firstAfter(from.getTime()), this.firstAfter(to.getTime())];
  }

  /**
   * Rows with `low ≤ count ≤ high` events in the slice (low ≥ 1). Counting goes through
   * `counts`, a zeroed one-byte-per-row scratch array (a quarter of the cache misses of four
   * bytes) that is left zeroed again; counts saturate at 255, so larger bounds are counted
   * exactly with a map instead.
   */
  rowsWithCount(
    [start, end]: [number, number],
    low: number,
    high: number,
    counts: Uint8Array,
    out: Bitset,
  ): Bitset {
    const rows = this.rows;
    if (low <= 1 && high === Infinity) {
      for (let i = start; i < end; i += 1) setBit(out, rows[i]!);
      return out;
    }
    if (low >= SATURATED || (high !== Infinity && high >= SATURATED)) {
      const exact = new Map<number, number>();
      for (let i = start; i < end; i += 1) exact.set(rows[i]!, (exact.get(rows[i]!) ?? 0) + 1);
      for (const [row, count] of exact) if (count >= low && count <= high) setBit(out, row);
      return out;
    }
    for (let i = start; i < end; i += 1) {
      const row = rows[i]!;
      if (counts[row]! < SATURATED) counts[row]! += 1;
    }
    for (let i = start; i < end; i += 1) {
      const row = rows[i]!;
      const count = counts[row]!;
      if (count === 0) continue;
      if (count >= low && count <= high) setBit(out, row);
      counts[row] = 0;
    }
    return out;
  }
}

/** Largest k with a k-th-latest recency index; larger bounds count the window's events. */
export const MAX_RECENCY_K = 8;

/**
 * The rows an event condition selects, as a term. When no event of the type lies after
 * `asOf`, "at least k in the window" is "k-th latest event after the window's start", a
 * prefix of the k-th recency list: `atLeast L, atMost H` is `≥ L ∧ ¬(≥ H + 1)`. Otherwise the
 * window's events are counted: `atLeast ≥ 1` is the rows with a count in range; `atLeast` 0
 * or absent also admits a count of 0, so it is the complement of the rows with more than
 * `atMost` events.
 */
export function eventTerm(
  log: EventLog | undefined,
  recency: (k: number) => RecencyIndex,
  condition: EventCondition,
  asOf: Date,
  counts: () => Uint8Array,
  pool: BitsetPool,
): Term {
  const low = condition.atLeast ?? 0;
  const high = condition.atMost ?? Infinity;
  if (low > high) return [{ bits: pool.takeZeroed(), negate: false }];
  if (low === 0 && high === Infinity) return [];
  if (!log) return low === 0 ? [] : [{ bits: pool.takeZeroed(), negate: false }];
  const bounded = low <= MAX_RECENCY_K && (high === Infinity || high < MAX_RECENCY_K);
  if (bounded && log.latestMs <= asOf.getTime()) {
    const from = eventWindow(asOf, condition.withinDays).from.getTime();
    const term: Term[number][] = [];
    if (low >= 1) term.push({ bits: recency(low).rowsWithEventAfter(from, pool), negate: false });
    if (high !== Infinity)
      term.push({ bits: recency(high + 1).rowsWithEventAfter(from, pool), negate: true });
    return term;
  }
  const out = pool.takeZeroed();
  const slice = log.window(asOf, condition.withinDays);
  if (low >= 1) log.rowsWithCount(slice, low, high, counts(), out);
  else log.rowsWithCount(slice, high + 1, Infinity, counts(), out);
  return [{ bits: out, negate: low === 0 }];
}
