import { type Bitset, newBitset, setBit } from './bitset';
import type { BitsetPool } from './bitset-pool';
import type { CodeArray } from './code-array';
import type { Term } from './term';
import { writeTerm } from './term';

/**
 * Range-encoded ("cumulative") bitsets over a column whose codes 1..D are ranks in value
 * order: `below[j]` holds the rows with `1 ≤ code < cuts[j]`. A range of codes whose ends are
 * cuts is `below(hi) ∧ ¬below(lo)`, one fused pass, where one bitset per value would need an
 * OR per value. With few distinct values every value is a cut (exact); with many, cuts split
 * the rows into bins of equal size, and the rows of the two bins a range ends in are checked
 * against their exact code.
 */
export class RangeEncoding {
  private constructor(
    /** Ascending codes in 2..D. */
    readonly cuts: Uint32Array,
    readonly below: readonly Bitset[],
    private readonly present: Bitset,
    private readonly codes: CodeArray,
    private readonly distinct: number,
  ) {}

  /**
   * Builds the cuts from the rows per code (`counts[c]`, c ≥ 1): every code when at most
   * `maxCuts + 1` codes exist, else the `preferred` codes, else equal-depth bins.
   */
  static build(
    codes: CodeArray,
    counts: Uint32Array,
    present: Bitset,
    maxCuts: number,
    preferred: readonly number[] | null = null,
  ): RangeEncoding {
    const distinct = counts.length - 1;
    const cuts: number[] = [];
    if (distinct <= maxCuts + 1) {
      for (let c = 2; c <= distinct; c += 1) cuts.push(c);
    } else if (preferred) {
      cuts.push(...preferred);
    } else {
      let total = 0;
      for (let c = 1; c <= distinct; c += 1) total += counts[c]!;
      let seen = 0;
      for (let c = 1; c < distinct; c += 1) {
        seen += counts[c]!;
        const target = ((cuts.length + 1) * total) / (maxCuts + 1);
        if (seen >= target && cuts.length < maxCuts) cuts.push(c + 1);
      }
    }
    const binOf = new Uint16Array(distinct + 1);
    for (let c = 1, bin = 0; c <= distinct; c += 1) {
      while (bin < cuts.length && cuts[bin]! <= c) bin += 1;
      binOf[c] = bin;
    }
    // Each row goes into the bitset of its bin; a prefix OR then makes them cumulative.
    const below = cuts.map(() => newBitset(codes.length));
    for (let row = 0; row < codes.length; row += 1) {
      const code = codes[row]!;
      if (code === 0) continue;
      const bin = binOf[code]!;
      if (bin < below.length) setBit(below[bin]!, row);
    }
    for (let j = 1; j < below.length; j += 1) {
      const current = below[j]!;
      const previous = below[j - 1]!;
      for (let i = 0; i < current.length; i += 1) current[i]! |= previous[i]!;
    }
    return new RangeEncoding(Uint32Array.from(cuts), below, present, codes, distinct);
  }

  /** Bytes of the cumulative bitsets. */
  get bytes(): number {
    return this.below.reduce((sum, bits) => sum + bits.byteLength, this.cuts.byteLength);
  }

  /** Rows with `a ≤ code ≤ b` (1 ≤ a ≤ b ≤ D) as a term, materialised only at bin edges. */
  rangeTerm(a: number, b: number, pool: BitsetPool): Term {
    const lo = this.cutAtOrAbove(a);
    const hi = this.cutAtOrBelow(b + 1);
    const core: Term =
      lo < hi
        ? [...this.factor(hi, false), ...this.factor(lo, true)]
        : [{ bits: pool.takeZeroed(), negate: false }];
    const edges: [number, number][] = [];
    if (lo > hi) edges.push([this.cutBelow(a), this.cutAbove(b + 1)]);
    else {
      if (a < lo) edges.push([this.cutBelow(a), lo]);
      if (hi < b + 1) edges.push([hi, this.cutAbove(b + 1)]);
    }
    if (edges.length === 0) return core;
    const out = core.length === 1 && lo >= hi ? core[0]!.bits : writeTerm(core, pool.take());
    for (const [from, to] of edges) this.scanBin(from, to, a, b, out);
    return [{ bits: out, negate: false }];
  }

  /** Sets in `out` the rows of bin `[from, to)` whose code lies in `a..b`. */
  private scanBin(from: number, to: number, a: number, b: number, out: Bitset): void {
    const upper = this.bitsBelow(to);
    const lower = this.bitsBelow(from);
    if (upper === null) return;
    const codes = this.codes;
    for (let i = 0; i < upper.length; i += 1) {
      let word = lower === null ? upper[i]! : upper[i]! & ~lower[i]!;
      while (word !== 0) {
        const low = word & -word;
        const row = (i << 5) + 31 - Math.clz32(low);
        const code = codes[row]!;
        if (code >= a && code <= b) setBit(out, row);
        word ^= low;
      }
    }
  }

  /** Rows with a code below cut `c` (virtual cuts: 1 = no one, D + 1 = everyone with a value). */
  private bitsBelow(c: number): Bitset | null {
    if (c <= 1) return null;
    if (c > this.distinct) return this.present;
    return this.below[this.indexOfCut(c)]!;
  }

  private factor(c: number, negate: boolean): Term {
    const bits = this.bitsBelow(c);
    return bits === null ? [] : [{ bits, negate }];
  }

  private indexOfCut(c: number): number {
    let lo = 0;
    let hi = this.cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cuts[mid]! < c) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Smallest cut (virtual ones included) ≥ c. */
  private cutAtOrAbove(c: number): number {
    if (c <= 1) return 1;
    const i = this.indexOfCut(c);
    return i < this.cuts.length ? this.cuts[i]! : this.distinct + 1;
  }

  /** Largest cut ≤ c. */
  private cutAtOrBelow(c: number): number {
    if (c > this.distinct) return this.distinct + 1;
    const i = this.indexOfCut(c + 1) - 1;
    return i >= 0 ? this.cuts[i]! : 1;
  }

  /** Largest cut < c. */
  private cutBelow(c: number): number {
    return this.cutAtOrBelow(c - 1);
  }

  /** Smallest cut > c. */
  private cutAbove(c: number): number {
    return this.cutAtOrAbove(c + 1);
  }
}
