import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBits } from './bitset';
import { BitsetPool } from './bitset-pool';
import { rangeSelection } from './selection';
import { writeTerm } from './term';
import { ValueColumnBuilder } from './value-column-builder';

/** Rows whose value lies in `min..max`, through the column and through a plain filter. */
function check(values: (number | undefined)[], maxCuts: number, min: number, max: number) {
  const builder = new ValueColumnBuilder(values.length);
  values.forEach((value, row) => value !== undefined && builder.set(row, value));
  const column = builder.finish(values.length, { ordered: true, maxCuts, perCodeLimit: 0 });
  const pool = new BitsetPool(column.present.length);
  const from = rangeSelection(column, 'gte', min);
  const to = rangeSelection(column, 'lte', max);
  const a = from.kind === 'interval' ? from.a : 1;
  const b = to.kind === 'interval' ? to.b : 0;
  const term = column.termFor({ kind: 'interval', a, b }, pool);
  const bits = writeTerm(term, pool.take());
  const expected = values.filter((v) => v !== undefined && v >= min && v <= max).length;
  expect(countBits(bits)).toBe(expected);
}

describe('range encoding', () => {
  it('answers ranges that start and end on cuts, inside bins, and across several bins', () => {
    const ages = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? undefined : 18 + (i % 78)));
    for (const maxCuts of [1, 2, 5, 63, 200]) {
      for (const [min, max] of [
        [18, 95],
        [25, 40],
        [25, 25],
        [17, 18],
        [95, 120],
        [0, 10],
        [40, 25],
        [30.5, 31.5],
      ] as const)
        check(ages, maxCuts, min, max);
    }
  });

  it('agrees with a filter for any values, cut count and bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -20, max: 20 }), { nil: undefined }), {
          maxLength: 120,
        }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -25, max: 25 }),
        fc.integer({ min: -25, max: 25 }),
        (values, maxCuts, min, max) => check(values, maxCuts, min, max),
      ),
    );
  });
});
