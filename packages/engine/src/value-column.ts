import { type Bitset, newBitset, setBit } from './bitset';
import type { BitsetPool } from './bitset-pool';
import type { CodeArray } from './code-array';
import { RangeEncoding } from './range-encoding';
import { type Term, writeOr } from './term';

/** A stored value: text (enum values and dates too), number or boolean. */
export type Value = string | number | boolean;

/**
 * Which rows a condition selects, in terms of dictionary codes: everyone with a value, no
 * one, a set of codes (`selected[c] === 1`), or, for ordered columns, the codes `a..b`.
 */
export type Selection =
  | { kind: 'present' }
  | { kind: 'none' }
  | { kind: 'codes'; selected: Uint8Array }
  | { kind: 'interval'; a: number; b: number };

/** How a column is accelerated, decided from its kind and its number of distinct values. */
export interface ValueColumnLayout {
  /** Values are numbers or texts compared with `<`: codes are ranks and ranges are range-encoded. */
  ordered: boolean;
  /** Most cumulative bitsets of an ordered column. */
  maxCuts: number;
  /** Up to this many distinct values, an unordered column keeps one bitset per value. */
  perCodeLimit: number;
  /**
   * Values to cut at instead of equal-depth bins, when there are too many values for a cut
   * each: thresholds people type (0.5, 0.7) then need no per-row check at all.
   */
  cutAt?: readonly number[];
}

/**
 * One dictionary-encoded column: the distinct values, one code per row (0: no value), the
 * rows per code among the live rows (compositions read these instead of scanning), a
 * `present` bitset, and either one bitset per value (enums, booleans) or range encoding
 * (numbers, dates, affinities, scores). Conditions are decided once per distinct value with
 * the reference semantics and then turned into bitset terms, which is what keeps the answers
 * exactly those of `matches`.
 */
export class ValueColumn {
  readonly present: Bitset;
  readonly perCode: readonly Bitset[] | null;
  readonly ranges: RangeEncoding | null;
  /** Per-row codes; dropped when a bitset per value holds the same facts (a byte per row). */
  readonly codes: CodeArray | null;

  constructor(
    /** Code `c ≥ 1` stands for `values[c - 1]`; ascending when the column is ordered. */
    readonly values: readonly Value[],
    codes: CodeArray,
    /** Rows per code (index 0: no value) among the rows still valid in the shard. */
    readonly counts: Uint32Array,
    layout: ValueColumnLayout,
  ) {
    const rows = codes.length;
    this.present = newBitset(rows);
    for (let row = 0; row < rows; row += 1) if (codes[row] !== 0) setBit(this.present, row);
    const distinct = values.length;
    this.codes = codes;
    if (layout.ordered && distinct > 1) {
      this.perCode = null;
      this.ranges = RangeEncoding.build(
        codes,
        counts,
        this.present,
        layout.maxCuts,
        cutCodes(values, layout.cutAt),
      );
    } else if (distinct <= layout.perCodeLimit) {
      this.ranges = null;
      this.perCode = values.map(() => newBitset(rows));
      for (let row = 0; row < rows; row += 1) {
        const code = codes[row]!;
        if (code !== 0) setBit(this.perCode[code - 1]!, row);
      }
      this.codes = null;
    } else {
      this.perCode = null;
      this.ranges = null;
    }
  }

  /** Bytes of the typed arrays behind this column. */
  get bytes(): number {
    const perCode = this.perCode ? this.perCode.reduce((sum, b) => sum + b.byteLength, 0) : 0;
    return (
      (this.codes?.byteLength ?? 0) +
      this.counts.byteLength +
      this.present.byteLength +
      perCode +
      (this.ranges?.bytes ?? 0)
    );
  }

  /** The code of `row` (0: no value). */
  codeOf(row: number): number {
    if (this.codes) return this.codes[row]!;
    const index = this.perCode!.findIndex((bits) => (bits[row >>> 5]! >>> (row & 31)) & 1);
    return index + 1;
  }

  /** The rows a selection stands for, as a term; scratch bitsets come from `pool`. */
  termFor(selection: Selection, pool: BitsetPool): Term {
    switch (selection.kind) {
      case 'present':
        return [{ bits: this.present, negate: false }];
      case 'none':
        return [{ bits: pool.takeZeroed(), negate: false }];
      case 'interval':
        return this.intervalTerm(selection.a, selection.b, pool);
      case 'codes':
        return this.codesTerm(selection.selected, pool);
    }
  }

  private intervalTerm(a: number, b: number, pool: BitsetPool): Term {
    if (a > b) return [{ bits: pool.takeZeroed(), negate: false }];
    if (a === 1 && b === this.values.length) return [{ bits: this.present, negate: false }];
    if (this.ranges) return this.ranges.rangeTerm(a, b, pool);
    const selected = new Uint8Array(this.values.length + 1);
    selected.fill(1, a, b + 1);
    return this.codesTerm(selected, pool);
  }

  private codesTerm(selected: Uint8Array, pool: BitsetPool): Term {
    const distinct = this.values.length;
    let count = 0;
    for (let c = 1; c <= distinct; c += 1) count += selected[c]!;
    if (count === 0) return [{ bits: pool.takeZeroed(), negate: false }];
    if (count === distinct) return [{ bits: this.present, negate: false }];
    if (this.perCode) return this.perCodeTerm(selected, count, pool);
    if (this.ranges) {
      const runs = runsOf(selected, distinct, 1);
      if (runs.length <= 2) return this.unionOfRanges(runs, pool);
      const gaps = runsOf(selected, distinct, 0);
      if (gaps.length <= 2) {
        const excluded = this.unionOfRanges(gaps, pool);
        return [{ bits: this.present, negate: false }, ...negated(excluded, pool)];
      }
    }
    return [{ bits: this.scan(selected, pool.take()), negate: false }];
  }

  private perCodeTerm(selected: Uint8Array, count: number, pool: BitsetPool): Term {
    const perCode = this.perCode!;
    const distinct = this.values.length;
    const want = count <= distinct - count ? 1 : 0;
    const chosen: Term[] = [];
    for (let c = 1; c <= distinct; c += 1) {
      if (selected[c] === want) chosen.push([{ bits: perCode[c - 1]!, negate: false }]);
    }
    const union =
      chosen.length === 1 ? chosen[0]! : [{ bits: writeOr(chosen, pool.take()), negate: false }];
    return want === 1
      ? union
      : [
          { bits: this.present, negate: false },
          { bits: union[0]!.bits, negate: true },
        ];
  }

  private unionOfRanges(runs: readonly [number, number][], pool: BitsetPool): Term {
    const terms = runs.map(([a, b]) => this.ranges!.rangeTerm(a, b, pool));
    return terms.length === 1 ? terms[0]! : [{ bits: writeOr(terms, pool.take()), negate: false }];
  }

  /** Rows whose code is selected, by one pass over the codes with a lookup table. */
  private scan(selected: Uint8Array, out: Bitset): Bitset {
    const codes = this.codes!;
    const rows = codes.length;
    for (let w = 0; w < out.length; w += 1) {
      const base = w << 5;
      const end = Math.min(32, rows - base);
      let word = 0;
      for (let j = 0; j < end; j += 1) word |= selected[codes[base + j]!]! << j;
      out[w] = word;
    }
    return out;
  }
}

/** The first code whose value is at least each of `cutAt` (ascending, distinct, inside 2..D). */
function cutCodes(values: readonly Value[], cutAt: readonly number[] | undefined): number[] | null {
  if (!cutAt || typeof values[0] !== 'number') return null;
  const codes = new Set<number>();
  for (const at of cutAt) {
    const index = values.findIndex((v) => (v as number) >= at);
    if (index >= 1) codes.add(index + 1);
  }
  return [...codes].sort((a, b) => a - b);
}

/** Maximal runs of codes in 1..distinct whose `selected` flag equals `flag`. */
function runsOf(selected: Uint8Array, distinct: number, flag: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let c = 1; c <= distinct; c += 1) {
    if (selected[c] !== flag) continue;
    const start = c;
    while (c + 1 <= distinct && selected[c + 1] === flag) c += 1;
    runs.push([start, c]);
  }
  return runs;
}

/** The complement of a term as factors: one negated factor, materialised when needed. */
function negated(term: Term, pool: BitsetPool): Term {
  if (term.length === 1) return [{ bits: term[0]!.bits, negate: !term[0]!.negate }];
  return [{ bits: writeOr([term], pool.take()), negate: true }];
}
