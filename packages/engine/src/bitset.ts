/**
 * Dense bitsets over rows: bit `r % 32` of word `r >>> 5` is row `r`. A 10M-row bitset is
 * 1.25 MB, and one pass over it costs about as much as reading that memory, which is why the
 * engine answers audience questions with these rather than with per-row evaluation. Words are
 * signed (Int32Array): V8 keeps int32 values unboxed in optimised loops, while Uint32Array
 * values above 2³¹ become doubles, which made every pass several times slower.
 */
export type Bitset = Int32Array;

/** Words needed for `rows` bits. */
export function wordsFor(rows: number): number {
  return (rows + 31) >>> 5;
}

/** A zeroed bitset for `rows` rows. */
export function newBitset(rows: number): Bitset {
  return new Int32Array(wordsFor(rows));
}

/** Bits set per 16-bit value: two lookups in a 64 KB table beat the SWAR popcount in V8. */
export const BITS16 = new Uint8Array(65536);
for (let i = 1; i < 65536; i += 1) BITS16[i] = (i & 1) + BITS16[i >>> 1]!;

/** Bits set in one 32-bit word (JavaScript has no popcount instruction). */
export function popcount32(word: number): number {
  return BITS16[word & 0xffff]! + BITS16[word >>> 16]!;
}

/** Sets row `row`. */
export function setBit(bits: Bitset, row: number): void {
  bits[row >>> 5]! |= 1 << (row & 31);
}

/** Clears row `row`. */
export function clearBit(bits: Bitset, row: number): void {
  bits[row >>> 5]! &= ~(1 << (row & 31));
}

/** Whether row `row` is set. */
export function hasBit(bits: Bitset, row: number): boolean {
  return ((bits[row >>> 5]! >>> (row & 31)) & 1) === 1;
}

/** Rows set in `bits`. */
export function countBits(bits: Bitset): number {
  let total = 0;
  for (let i = 0; i < bits.length; i += 1) total += popcount32(bits[i]!);
  return total;
}

/** Rows set in both `a` and `b`, without materialising the intersection. */
export function andCount(a: Bitset, b: Bitset): number {
  let total = 0;
  for (let i = 0; i < a.length; i += 1) total += popcount32(a[i]! & b[i]!);
  return total;
}

/** A bitset with rows `0..rows-1` set and the padding bits of the last word clear. */
export function fullBitset(rows: number): Bitset {
  const bits = newBitset(rows);
  bits.fill(-1);
  clearPadding(bits, rows);
  return bits;
}

/** Clears the bits past `rows` in the last word, so that complements never count them. */
export function clearPadding(bits: Bitset, rows: number): void {
  const tail = rows & 31;
  if (tail !== 0 && bits.length > 0) bits[bits.length - 1]! &= (1 << tail) - 1;
}

/**
 * Calls `visit` for every set row, ascending. The lowest set bit is isolated with
 * `w & -w` and located with `clz32`, so the cost follows the set rows, not the words.
 */
export function forEachRow(bits: Bitset, visit: (row: number) => void, fromWord = 0): void {
  for (let i = fromWord; i < bits.length; i += 1) {
    let word = bits[i]!;
    while (word !== 0) {
      const low = word & -word;
      visit((i << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}
