import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  andCount,
  clearBit,
  countBits,
  forEachRow,
  fullBitset,
  hasBit,
  newBitset,
  popcount32,
  setBit,
} from './bitset';
import { countTerm, writeOr, writeTerm } from './term';

const rowsArbitrary = (rows: number) =>
  fc.uniqueArray(fc.nat({ max: rows - 1 }), { maxLength: 200 });

function bitsetOf(rows: number, members: readonly number[]) {
  const bits = newBitset(rows);
  for (const row of members) setBit(bits, row);
  return bits;
}

describe('bitsets', () => {
  it('counts bits of any word, the sign bit included', () => {
    expect(popcount32(0)).toBe(0);
    expect(popcount32(-1)).toBe(32);
    expect(popcount32(0x80000000)).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (word) => {
        expect(popcount32(word)).toBe(
          [...(word >>> 0).toString(2)].filter((c) => c === '1').length,
        );
      }),
    );
  });

  it('sets, clears and visits rows in order', () => {
    fc.assert(
      fc.property(rowsArbitrary(1000), (members) => {
        const bits = bitsetOf(1000, members);
        const visited: number[] = [];
        forEachRow(bits, (row) => visited.push(row));
        expect(visited).toEqual([...members].sort((a, b) => a - b));
        expect(countBits(bits)).toBe(members.length);
        for (const row of members) {
          expect(hasBit(bits, row)).toBe(true);
          clearBit(bits, row);
        }
        expect(countBits(bits)).toBe(0);
      }),
    );
  });

  it('keeps the padding of a full bitset clear, so complements never count it', () => {
    for (const rows of [0, 1, 31, 32, 33, 100]) expect(countBits(fullBitset(rows))).toBe(rows);
  });

  it('fuses AND, AND-NOT and OR with the popcount exactly like set algebra', () => {
    const rows = 200;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(rowsArbitrary(rows), fc.boolean()), { minLength: 1, maxLength: 4 }),
        rowsArbitrary(rows),
        (factors, other) => {
          const term = factors.map(([members, negate]) => ({
            bits: bitsetOf(rows, members),
            negate,
          }));
          const everyone = [{ bits: fullBitset(rows), negate: false }];
          const expected = Array.from({ length: rows }, (_, row) => row).filter((row) =>
            factors.every(([members, negate]) => members.includes(row) !== negate),
          );
          expect(countTerm([...everyone, ...term], newBitset(rows).length)).toBe(expected.length);
          const written = writeTerm([...everyone, ...term], newBitset(rows));
          expect(countBits(written)).toBe(expected.length);
          const otherBits = bitsetOf(rows, other);
          expect(andCount(written, otherBits)).toBe(
            expected.filter((r) => other.includes(r)).length,
          );
          const union = writeOr(
            [[{ bits: written, negate: false }], [{ bits: otherBits, negate: false }]],
            newBitset(rows),
          );
          expect(countBits(union)).toBe(new Set([...expected, ...other]).size);
        },
      ),
    );
  });
});
