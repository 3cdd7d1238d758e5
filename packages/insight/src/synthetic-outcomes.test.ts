import { describe, expect, it } from 'vitest';
import type { DesignMatrix, FeatureColumn } from './design-matrix';
import { logistic } from './logistic-regression';
import {
  drawCampaign,
  HELD_OUT,
  simulateCampaign,
  trueCoefficients,
  trueProbabilities,
  trueUplift,
  type TrueResponseModel,
} from './synthetic-outcomes';

const column = (name: string): FeatureColumn => ({
  name,
  label: name,
  kind: 'standardised',
  source: 'interest',
  key: name,
  center: 0,
  scale: 1,
});

/** 20,000 rows: x alternates −1 and 1, z is always 0. */
const design: DesignMatrix = {
  rows: 20_000,
  columns: [column('x'), column('z')],
  values: Float64Array.from({ length: 40_000 }, (_, k) =>
    k % 2 === 1 ? 0 : Math.floor(k / 2) % 2 === 0 ? -1 : 1,
  ),
};

const truth: TrueResponseModel = {
  control: { intercept: -2, weights: { x: 0.5 } },
  treatment: {
    a: { intercept: 1, weights: { x: -0.5 } },
    b: { intercept: 0.5, weights: { x: 1 } },
  },
};

describe('trueCoefficients', () => {
  it('adds the variant treatment to the control, by column name', () => {
    expect(trueCoefficients(truth, design.columns, null)).toEqual({
      intercept: -2,
      coefficients: Float64Array.of(0.5, 0),
    });
    expect(trueCoefficients(truth, design.columns, 'b')).toEqual({
      intercept: -1.5,
      coefficients: Float64Array.of(1.5, 0),
    });
    expect(() => trueCoefficients(truth, design.columns, 'c')).toThrow(/"c"/);
    expect(() =>
      trueCoefficients(
        { control: { intercept: 0, weights: { y: 1 } }, treatment: {} },
        design.columns,
        null,
      ),
    ).toThrow(/"y"/);
  });
});

describe('simulateCampaign', () => {
  const campaign = simulateCampaign({
    design,
    truth,
    variantIds: ['a', 'b'],
    holdoutShare: 0.2,
    seed: 5,
  });

  it('holds out about the share asked for and splits the rest evenly over the variants', () => {
    const held = campaign.arm.filter((arm) => arm === HELD_OUT).length;
    // Binomial(20,000, 0.2): standard deviation 57.
    expect(Math.abs(held - 4_000)).toBeLessThan(4 * 57);
    const a = campaign.arm.filter((arm) => arm === 0).length;
    expect(Math.abs(a - 8_000)).toBeLessThan(4 * 71);
  });

  it('draws responses at the true probability of each arm and value of x', () => {
    for (const [arm, intercept, slope] of [
      [HELD_OUT, -2, 0.5],
      [0, -1, 0],
      [1, -1.5, 1.5],
    ] as const) {
      for (const x of [-1, 1]) {
        const rows = [...campaign.arm.keys()].filter(
          (i) => campaign.arm[i] === arm && design.values[i * 2] === x,
        );
        const p = logistic(intercept + slope * x);
        const rate = rows.reduce((sum, i) => sum + campaign.responded[i]!, 0) / rows.length;
        expect(Math.abs(rate - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / rows.length));
      }
    }
  });

  it('is reproducible by seed and differs between seeds', () => {
    const again = simulateCampaign({
      design,
      truth,
      variantIds: ['a', 'b'],
      holdoutShare: 0.2,
      seed: 5,
    });
    expect(again.arm).toEqual(campaign.arm);
    expect(again.responded).toEqual(campaign.responded);
    const other = drawCampaign(campaign.truth, { holdoutShare: 0.2, seed: 6 });
    expect(other.arm).not.toEqual(campaign.arm);
  });

  it('knows the true uplift: mean over variants of sent minus held out', () => {
    const probabilities = trueProbabilities(design, truth, ['a', 'b']);
    const uplift = (x: number) =>
      (logistic(-1) + logistic(-1.5 + 1.5 * x)) / 2 - logistic(-2 + 0.5 * x);
    expect(trueUplift(probabilities, [0, 1])).toBeCloseTo((uplift(-1) + uplift(1)) / 2, 12);
    expect(() => drawCampaign(probabilities, { holdoutShare: 1, seed: 1 })).toThrow(RangeError);
  });
});
