import { type Bitset, clearBit, newBitset, setBit } from './bitset';
import type { BitsetPool } from './bitset-pool';
import type { EventLog } from './event-log';

/** Prefix bitsets per event type: each costs 1.25 MB at 10M profiles. */
const CUTS = 4;

/**
 * Answers "at least k events of this type after `from`" without touching every event in the
 * window: the people with k or more events of the type, sorted by their k-th latest event,
 * newest first, so that the answer is a prefix of that list; `prefix[j]` holds the rows of
 * the first `cuts[j]` entries, and only the entries between the nearest cut and the prefix's
 * end are set or cleared one by one. It equals the window count only when no event of the
 * type lies after `asOf` (then "in (from, asOf]" is "after from"), which the caller checks
 * with `EventLog.latestMs`.
 */
export class RecencyIndex {
  private constructor(
    private readonly times: Uint32Array | Float64Array,
    private readonly unit: number,
    private readonly rows: Uint32Array,
    private readonly cuts: Uint32Array,
    private readonly prefix: readonly Bitset[],
  ) {}

  /** Builds the index of the k-th latest events (k ≤ 255) from a log sorted by time. */
  static build(log: EventLog, rowCount: number, k = 1): RecencyIndex {
    // Newest first, each person's k-th event is the one where their count reaches k.
    const seen = new Uint8Array(rowCount);
    const order: number[] = [];
    for (let i = log.rows.length - 1; i >= 0; i -= 1) {
      const row = log.rows[i]!;
      const count = seen[row]!;
      if (count >= k) continue;
      seen[row] = count + 1;
      if (count + 1 === k) order.push(i);
    }
    const n = order.length;
    const times = log.times instanceof Uint32Array ? new Uint32Array(n) : new Float64Array(n);
    const rows = new Uint32Array(n);
    order.forEach((at, i) => {
      times[i] = log.times[at]!;
      rows[i] = log.rows[at]!;
    });
    const cuts = Uint32Array.from({ length: CUTS }, (_, j) => Math.round(((j + 1) * n) / CUTS));
    const prefix: Bitset[] = [];
    let bits = newBitset(rowCount);
    let filled = 0;
    for (const cut of cuts) {
      for (; filled < cut; filled += 1) setBit(bits, rows[filled]!);
      prefix.push(bits);
      bits = bits.slice();
    }
    return new RecencyIndex(times, log.unit, rows, cuts, prefix);
  }

  /** Bytes of the arrays. */
  get bytes(): number {
    return this.prefix.reduce(
      (sum, bits) => sum + bits.byteLength,
      this.times.byteLength + this.rows.byteLength + this.cuts.byteLength,
    );
  }

  /** Rows whose k-th latest event is after `fromMs`, written into a scratch bitset. */
  rowsWithEventAfter(fromMs: number, pool: BitsetPool): Bitset {
    const { times, unit, rows, cuts, prefix } = this;
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid]! * unit > fromMs) lo = mid + 1;
      else hi = mid;
    }
    const end = lo;
    // The nearest cut (position 0 is the empty prefix) decides what to start from.
    let best = -1;
    let bestPosition = 0;
    cuts.forEach((cut, j) => {
      if (Math.abs(cut - end) < Math.abs(bestPosition - end)) [best, bestPosition] = [j, cut];
    });
    const out = best < 0 ? pool.takeZeroed() : pool.take();
    if (best >= 0) out.set(prefix[best]!);
    for (let i = bestPosition; i < end; i += 1) setBit(out, rows[i]!);
    for (let i = end; i < bestPosition; i += 1) clearBit(out, rows[i]!);
    return out;
  }
}
