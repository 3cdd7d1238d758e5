import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newcombeDifferenceInterval, wilsonInterval } from './proportion-interval';

const Z95 = 1.959963984540054;

describe('wilsonInterval', () => {
  it('has bounds where the score test is exactly at its critical value', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 500 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([x, n]) => {
          const { lower, upper } = wilsonInterval(x, n);
          const score = (p: number) => Math.abs(x / n - p) / Math.sqrt((p * (1 - p)) / n);
          if (x > 0) expect(score(lower)).toBeCloseTo(Z95, 6);
          else expect(lower).toBe(0);
          if (x < n) expect(score(upper)).toBeCloseTo(Z95, 6);
          else expect(upper).toBe(1);
          expect(lower).toBeLessThanOrEqual(x / n);
          expect(upper).toBeGreaterThanOrEqual(x / n);
        },
      ),
    );
  });

  it('widens with the confidence level and knows nothing without trials', () => {
    const narrow = wilsonInterval(30, 100, 0.8);
    const wide = wilsonInterval(30, 100, 0.99);
    expect(wide.lower).toBeLessThan(narrow.lower);
    expect(wide.upper).toBeGreaterThan(narrow.upper);
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
  });
});

describe('newcombeDifferenceInterval', () => {
  it("reproduces Newcombe's (1998) published intervals for method 10", () => {
    const first = newcombeDifferenceInterval(56, 70, 48, 80);
    expect(first.lower).toBeCloseTo(0.0524, 4);
    expect(first.upper).toBeCloseTo(0.3339, 4);
    const second = newcombeDifferenceInterval(9, 10, 3, 10);
    expect(second.lower).toBeCloseTo(0.1705, 4);
    expect(second.upper).toBeCloseTo(0.809, 4);
  });

  it('contains the observed difference and stays within [−1, 1]', () => {
    const counts = fc
      .integer({ min: 1, max: 300 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(counts, counts, ([x1, n1], [x2, n2]) => {
        const { lower, upper } = newcombeDifferenceInterval(x1, n1, x2, n2);
        const difference = x1 / n1 - x2 / n2;
        expect(lower).toBeLessThanOrEqual(difference + 1e-12);
        expect(upper).toBeGreaterThanOrEqual(difference - 1e-12);
        expect(lower).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(upper).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
