import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  audienceDivergence,
  framingExposure,
  jensenShannonDivergence,
  variantConcentration,
} from './diversity';

const weights = (length: number) =>
  fc
    .array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: length, maxLength: length })
    .filter((w) => w.some((x) => x > 1e-6));
const pair = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(weights(n), weights(n)));

describe('jensenShannonDivergence', () => {
  it('is 0 for equal distributions, also when given as different totals', () => {
    fc.assert(
      fc.property(weights(5), fc.double({ min: 0.01, max: 100, noNaN: true }), (p, scale) => {
        expect(
          jensenShannonDivergence(
            p,
            p.map((x) => x * scale),
          ),
        ).toBeCloseTo(0, 9);
      }),
    );
  });

  it('is symmetric and lies in [0, 1]', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        const forward = jensenShannonDivergence(p, q);
        expect(forward).toBeCloseTo(jensenShannonDivergence(q, p), 12);
        expect(forward).toBeGreaterThanOrEqual(0);
        expect(forward).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is 1 for distributions with no category in common', () => {
    fc.assert(
      fc.property(weights(4), weights(3), (p, q) => {
        // p lives on the first four categories, q on the last three.
        const left = [...p, 0, 0, 0];
        const right = [0, 0, 0, 0, ...q];
        expect(jensenShannonDivergence(left, right)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('matches a value worked by hand', () => {
    // P = (1, 0), Q = (½, ½), M = (¾, ¼): ½·log₂(4/3) + ½·(½·log₂(2/3) + ½·log₂ 2).
    const expected = 0.5 * Math.log2(4 / 3) + 0.5 * (0.5 * Math.log2(2 / 3) + 0.5);
    expect(jensenShannonDivergence([1, 0], [1, 1])).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(0.3113, 4);
  });

  it('refuses empty or mismatched distributions', () => {
    expect(() => jensenShannonDivergence([0, 0], [1, 1])).toThrow(RangeError);
    expect(() => jensenShannonDivergence([1], [1, 1])).toThrow(RangeError);
    expect(() => jensenShannonDivergence([-1, 2], [1, 1])).toThrow(RangeError);
  });
});

describe('audienceDivergence', () => {
  it('compares category mixes, missing values counting as a category', () => {
    const population = ['BY', 'BY', 'NW', 'NW', null];
    expect(audienceDivergence(['BY', 'NW', null, 'NW', 'BY'], population)).toBeCloseTo(0, 12);
    expect(audienceDivergence(['HH'], ['BY', 'NW'])).toBeCloseTo(1, 12);
    expect(audienceDivergence(['BY', 'BY'], population)).toBeCloseTo(
      jensenShannonDivergence([2, 0, 0], [2, 2, 1]),
      12,
    );
  });
});

describe('variantConcentration', () => {
  it('reports the top variant, its share and the Herfindahl index per segment', () => {
    const result = variantConcentration(
      ['north', 'north', 'north', 'north', 'south', 'south', 'south'],
      ['a', 'a', 'a', 'b', 'a', 'b', null],
    );
    expect(result).toEqual([
      {
        segment: 'north',
        sends: 4,
        topVariant: 'a',
        topShare: 0.75,
        herfindahl: 0.75 ** 2 + 0.25 ** 2,
      },
      { segment: 'south', sends: 2, topVariant: 'a', topShare: 0.5, herfindahl: 0.5 },
    ]);
  });

  it('is 1 for a single variant and 1/k for k equal ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), (k, each) => {
        const variants = Array.from({ length: k * each }, (_, i) => `v${i % k}`);
        const [only] = variantConcentration(
          variants.map(() => 's'),
          variants,
        );
        expect(only!.herfindahl).toBeCloseTo(1 / k, 12);
      }),
    );
  });
});

describe('framingExposure', () => {
  it('counts the people who heard more than one framing', () => {
    const result = framingExposure([
      { profileId: 'p1', framing: 'climate' },
      { profileId: 'p1', framing: 'climate' },
      { profileId: 'p2', framing: 'climate' },
      { profileId: 'p2', framing: 'costs' },
      { profileId: 'p3', framing: 'local' },
    ]);
    expect(result).toEqual({ audience: 3, multipleFramings: 1, share: 1 / 3 });
    expect(framingExposure([])).toEqual({ audience: 0, multipleFramings: 0, share: 0 });
  });
});
