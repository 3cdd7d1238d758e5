import { describe, expect, it } from 'vitest';
import { exp, logistic, roundTo } from './deterministic-math';
import { below, gaussian, mix32, poisson, profileRandom, uniform } from './random';

const draws = (seed: number, index: number, count = 8) => {
  const rng = profileRandom(seed, index);
  return Array.from({ length: count }, () => rng.unsafeNext());
};

describe('profileRandom', () => {
  it('gives the same stream for the same seed and index', () => {
    expect(draws(42, 7)).toEqual(draws(42, 7));
  });

  it('gives different streams for neighbouring seeds and indexes, including beyond 2^32', () => {
    const streams = [
      draws(42, 7),
      draws(43, 7),
      draws(42, 8),
      draws(42 + 2 ** 32, 7),
      draws(42, 7 + 2 ** 32),
    ];
    expect(new Set(streams.map((s) => s.join(','))).size).toBe(streams.length);
  });

  it('pins the stream of one seed, so that a change to seeding is noticed', () => {
    expect(draws(1, 0, 3)).toMatchInlineSnapshot(`
      [
        820900943,
        -687167737,
        -1525972700,
      ]
    `);
  });
});

describe('draws', () => {
  it('stay within their ranges and have the expected means', () => {
    const rng = profileRandom(9, 9);
    const n = 20_000;
    let [min, max, sum, belowMax, gaussianSum, poissonSum] = [1, 0, 0, 0, 0, 0];
    for (let i = 0; i < n; i += 1) {
      const u = uniform(rng);
      [min, max, sum] = [Math.min(min, u), Math.max(max, u), sum + u];
      belowMax = Math.max(belowMax, below(rng, 3));
      gaussianSum += gaussian(rng);
      poissonSum += poisson(rng, 2.5);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(belowMax).toBe(2);
    expect(sum / n).toBeCloseTo(0.5, 1);
    expect(gaussianSum / n).toBeCloseTo(0, 1);
    expect(poissonSum / n).toBeCloseTo(2.5, 1);
  });

  it('mix32 spreads neighbouring inputs', () => {
    expect(new Set([0, 1, 2, 3].map(mix32)).size).toBe(4);
  });
});

describe('deterministic maths', () => {
  it('exp agrees with Math.exp to within rounding', () => {
    for (const x of [-30, -5.5, -1, -0.1, 0, 1e-9, 0.3, 1, 2.5, 10, 40]) {
      expect(Math.abs(exp(x) - Math.exp(x)) / Math.exp(x)).toBeLessThan(1e-14);
    }
    expect(exp(0)).toBe(1);
  });

  it('logistic and roundTo behave', () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(40)).toBeCloseTo(1, 12);
    expect(roundTo(0.12345, 3)).toBe(0.123);
    expect(roundTo(0.655, 2)).toBe(0.66);
  });
});
