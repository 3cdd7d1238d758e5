import { CodeArrayBuilder } from './code-array';
import { ValueColumn, type Value, type ValueColumnLayout } from './value-column';

/** Rough heap cost of one dictionary entry (Map slot, array slot, boxed value). */
const DICTIONARY_ENTRY_BYTES = 64;

/**
 * Collects one column while profiles stream in: a dictionary of distinct values and one code
 * per row. `finish` sorts the dictionary of an ordered column (numbers or texts, with the same
 * `<` as the reference evaluator) and renumbers the codes so that codes are ranks.
 */
export class ValueColumnBuilder {
  private readonly codes: CodeArrayBuilder;
  private readonly dictionary = new Map<Value, number>();
  /** Numbers with at most three decimals, keyed by `value × 1000` (a small integer hashes fastest). */
  private readonly thousandths = new Map<number, number>();
  private readonly values: Value[] = [];
  private lastRow = -1;
  private lastValue: Value = 0;

  constructor(capacity: number) {
    this.codes = new CodeArrayBuilder(capacity);
  }

  /** Sets the value of `row` (rows never set have none). */
  set(row: number, value: Value): void {
    let code: number | undefined;
    if (typeof value === 'number') {
      const key = Math.round(value * 1000);
      if (key / 1000 === value && Math.abs(key) < 2 ** 30) {
        code = this.thousandths.get(key);
        if (code === undefined) this.thousandths.set(key, (code = this.add(value)));
      }
    }
    code ??= this.dictionary.get(value) ?? this.add(value);
    this.codes.set(row, code);
    this.lastRow = row;
    this.lastValue = value;
  }

  private add(value: Value): number {
    this.values.push(value);
    this.dictionary.set(value, this.values.length);
    return this.values.length;
  }

  /** Sets `row` unless it was set already: the first of repeated entries counts (`find`). */
  setFirst(row: number, value: Value): void {
    if (this.lastRow !== row) this.set(row, value);
  }

  /** Sets `row` to the larger of its value and `value`: `some(v ≥ t)` over repeats is `max ≥ t`. */
  setMax(row: number, value: number): void {
    if (this.lastRow !== row || value > (this.lastValue as number)) this.set(row, value);
  }

  /** Distinct values so far. */
  get distinct(): number {
    return this.values.length;
  }

  /** Bytes `rows` rows take (codes, and an estimate for the dictionary). */
  bytesFor(rows: number): number {
    return rows * this.codes.width + this.dictionaryBytes;
  }

  /** An estimate of the dictionary's heap bytes. */
  get dictionaryBytes(): number {
    return this.values.length * DICTIONARY_ENTRY_BYTES;
  }

  /** The finished column of `rows` rows; `layout.ordered` is honoured only when all values share a type. */
  finish(rows: number, layout: ValueColumnLayout): ValueColumn {
    const codes = this.codes.finish(rows);
    const orderable = layout.ordered && isOrderable(this.values);
    const values = orderable ? [...this.values].sort(compareValues) : this.values;
    if (orderable) {
      // Same number of codes, so the same width: renumber in place.
      const rank = new Map(values.map((value, i) => [value, i + 1]));
      const remap = new Uint32Array(values.length + 1);
      this.values.forEach((value, i) => (remap[i + 1] = rank.get(value)!));
      for (let row = 0; row < codes.length; row += 1) codes[row] = remap[codes[row]!]!;
    }
    const counts = new Uint32Array(values.length + 1);
    for (let row = 0; row < codes.length; row += 1) counts[codes[row]!]! += 1;
    return new ValueColumn(values, codes, counts, { ...layout, ordered: orderable });
  }
}

/** Numbers only or texts only: the types `<` orders the way the reference compares them. */
function isOrderable(values: readonly Value[]): boolean {
  if (values.length === 0) return true;
  const type = typeof values[0];
  return (type === 'number' || type === 'string') && values.every((v) => typeof v === type);
}

/** JavaScript's `<` on two numbers or two texts (UTF-16 code units, as in `matches`). */
export function compareValues(a: Value, b: Value): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
