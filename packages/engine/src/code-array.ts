/** Per-row dictionary codes, as narrow as the dictionary allows (0 means "no value"). */
export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

/**
 * Per-row codes written while profiles stream in. Unwritten rows stay 0 ("no value"), so a
 * profile costs only the facts it has. Starts at one byte per row and widens to two or four
 * bytes only when the dictionary outgrows the narrower type, so a 16-value enum costs 10 MB
 * at 10M profiles, not 40 MB.
 */
export class CodeArrayBuilder {
  private data: CodeArray;
  private limit = 0xff;

  constructor(capacity: number) {
    this.data = new Uint8Array(Math.max(16, capacity));
  }

  /** Bytes per row of the current width. */
  get width(): number {
    return this.data.BYTES_PER_ELEMENT;
  }

  /** Writes `code` for `row`, growing (doubling) and widening as needed. */
  set(row: number, code: number): void {
    if (row >= this.data.length || code > this.limit) this.resize(row, code);
    this.data[row] = code;
  }

  /** The codes of rows `0..rows-1`. */
  finish(rows: number): CodeArray {
    if (rows === this.data.length) return this.data;
    if (rows < this.data.length) return this.data.slice(0, rows);
    const grown = allocateCodes(rows, this.limit);
    grown.set(this.data);
    return grown;
  }

  private resize(row: number, code: number): void {
    let capacity = this.data.length;
    while (capacity <= row) capacity *= 2;
    const next = allocateCodes(capacity, Math.max(code, this.limit));
    next.set(this.data);
    this.data = next;
    this.limit =
      next instanceof Uint8Array ? 0xff : next instanceof Uint16Array ? 0xffff : 0xffffffff;
  }
}

/** A code array for `rows` rows wide enough for `largestCode`. */
export function allocateCodes(rows: number, largestCode: number): CodeArray {
  if (largestCode <= 0xff) return new Uint8Array(rows);
  if (largestCode <= 0xffff) return new Uint16Array(rows);
  return new Uint32Array(rows);
}
