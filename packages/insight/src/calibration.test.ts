import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibration } from './calibration';

describe('calibration', () => {
  it('matches a reliability table worked by hand', () => {
    // Two bins of four: predictions 0.1 (one responder of four), then 0.6 (all four respond).
    const predicted = [0.6, 0.1, 0.6, 0.1, 0.6, 0.1, 0.6, 0.1];
    const responded = [1, 0, 1, 1, 1, 0, 1, 0];
    const { bins, expectedCalibrationError } = calibration(predicted, responded, 2);
    expect(bins).toEqual([
      { lowest: 0.1, highest: 0.1, count: 4, meanPredicted: 0.1, observedRate: 0.25 },
      { lowest: 0.6, highest: 0.6, count: 4, meanPredicted: 0.6, observedRate: 1 },
    ]);
    // ½·|0.25 − 0.1| + ½·|1 − 0.6| = 0.075 + 0.2
    expect(expectedCalibrationError).toBeCloseTo(0.275, 12);
  });

  it('is 0 when every bin comes true exactly', () => {
    // Ten rows at 0.2 with two responders, ten at 0.7 with seven.
    const predicted = [...Array<number>(10).fill(0.2), ...Array<number>(10).fill(0.7)];
    const responded = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0];
    expect(calibration(predicted, responded, 2).expectedCalibrationError).toBeCloseTo(0, 12);
  });

  it('splits rows into bins of equal size (±1) in order of prediction, error within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1 })),
          { maxLength: 60 },
        ),
        fc.integer({ min: 1, max: 12 }),
        (rows, binCount) => {
          const result = calibration(
            rows.map(([p]) => p),
            rows.map(([, y]) => y),
            binCount,
          );
          const counts = result.bins.map((b) => b.count);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(rows.length);
          if (counts.length > 0)
            expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
          result.bins.forEach((bin, k) => {
            expect(bin.lowest).toBeLessThanOrEqual(bin.highest);
            if (k > 0) expect(result.bins[k - 1]!.highest).toBeLessThanOrEqual(bin.lowest);
          });
          expect(result.expectedCalibrationError).toBeGreaterThanOrEqual(0);
          expect(result.expectedCalibrationError).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
