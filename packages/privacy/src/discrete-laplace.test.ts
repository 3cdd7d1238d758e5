import { describe, expect, it } from 'vitest';
import { chiSquare, chiSquareCritical } from '../test/support/statistics';
import {
  discreteLaplaceProbability,
  discreteLaplaceStandardDeviation,
  sampleDiscreteLaplace,
} from './discrete-laplace';
import { bernoulliExpMinus } from './exact-bernoulli';
import { seededRandom } from './seeded-random';

const seed = (byte: number) => new Uint8Array(32).fill(byte);

function samples(epsilon: number, n: number, byte: number): number[] {
  const random = seededRandom(seed(byte));
  return Array.from({ length: n }, () => sampleDiscreteLaplace(epsilon, random));
}

/** Counts per value in [-limit, limit], with both tails lumped into one bin each. */
function histogram(values: readonly number[], limit: number): number[] {
  const bins = new Array<number>(2 * limit + 3).fill(0);
  for (const v of values) bins[Math.max(-limit - 1, Math.min(limit + 1, v)) + limit + 1]! += 1;
  return bins;
}

function expectedHistogram(epsilon: number, n: number, limit: number): number[] {
  const inner = Array.from({ length: 2 * limit + 1 }, (_, i) =>
    discreteLaplaceProbability(i - limit, epsilon),
  );
  const tail = (1 - inner.reduce((a, b) => a + b, 0)) / 2;
  return [tail, ...inner, tail].map((p) => p * n);
}

describe('discreteLaplaceProbability', () => {
  it('sums to 1 and falls by exp(−ε) per step', () => {
    let total = 0;
    for (let z = -2000; z <= 2000; z += 1) total += discreteLaplaceProbability(z, 0.1);
    expect(total).toBeCloseTo(1, 9);
    expect(discreteLaplaceProbability(6, 0.5) / discreteLaplaceProbability(5, 0.5)).toBeCloseTo(
      Math.exp(-0.5),
      12,
    );
  });
});

describe('sampleDiscreteLaplace', () => {
  // Each ε is tried with its own fixed seed, so these tests give the same verdict on every run.
  it.each([
    [1, 6, 11],
    [0.5, 10, 12],
    [0.1234, 40, 13],
  ])('has the discrete Laplace distribution at ε = %s (χ² test)', (epsilon, limit, byte) => {
    const n = 30_000;
    const observed = histogram(samples(epsilon, n, byte), limit);
    const expected = expectedHistogram(epsilon, n, limit);
    expect(chiSquare(observed, expected)).toBeLessThan(chiSquareCritical(observed.length - 1));
  });

  it('is centred on 0 with the standard deviation of the distribution', () => {
    const n = 20_000;
    const values = samples(0.2, n, 14);
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const sd = discreteLaplaceStandardDeviation(0.2);
    expect(Math.abs(mean)).toBeLessThan((4 * sd) / Math.sqrt(n));
    const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
    expect(Math.sqrt(variance) / sd).toBeGreaterThan(0.95);
    expect(Math.sqrt(variance) / sd).toBeLessThan(1.05);
  });

  it('draws the same noise from the same seed', () => {
    expect(samples(0.3, 50, 15)).toEqual(samples(0.3, 50, 15));
    expect(samples(0.3, 50, 15)).not.toEqual(samples(0.3, 50, 16));
  });

  it('refuses an ε it cannot sample exactly', () => {
    const random = seededRandom(seed(1));
    expect(() => sampleDiscreteLaplace(0, random)).toThrow(RangeError);
    expect(() => sampleDiscreteLaplace(0.12345, random)).toThrow(RangeError);
  });
});

describe('bernoulliExpMinus', () => {
  it('is true with probability exp(−γ)', () => {
    const random = seededRandom(seed(17));
    const n = 40_000;
    for (const [numerator, denominator] of [
      [1, 3],
      [1, 1],
      [7, 10],
    ] as const) {
      let hits = 0;
      for (let i = 0; i < n; i += 1)
        if (bernoulliExpMinus(numerator, denominator, random)) hits += 1;
      const p = Math.exp(-numerator / denominator);
      expect(Math.abs(hits / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    }
  });

  it('is always true for γ = 0', () => {
    const random = seededRandom(seed(18));
    for (let i = 0; i < 100; i += 1) expect(bernoulliExpMinus(0, 5, random)).toBe(true);
  });
});
