import { describe, expect, it } from 'vitest';
import type { DesignMatrix, FeatureColumn } from './design-matrix';
import { drivers } from './drivers';
import { logistic, predictProbabilities, trainLogisticRegression } from './logistic-regression';

const column = (name: string, kind: FeatureColumn['kind'] = 'indicator'): FeatureColumn => ({
  name,
  label: name,
  kind,
  source: 'attribute',
  key: name,
  center: 0,
  scale: 1,
});

function design(columns: FeatureColumn[], rows: number[][]): DesignMatrix {
  return { rows: rows.length, columns, values: Float64Array.from(rows.flat()) };
}

/** Rows of one yes/no column: `yes` rows with x = 1 (`yesResponders` responding), `no` with x = 0. */
function binaryData(no: number, noResponders: number, yes: number, yesResponders: number) {
  const rows: number[][] = [];
  const responded: number[] = [];
  for (let i = 0; i < no; i += 1) {
    rows.push([0]);
    responded.push(i < noResponders ? 1 : 0);
  }
  for (let i = 0; i < yes; i += 1) {
    rows.push([1]);
    responded.push(i < yesResponders ? 1 : 0);
  }
  return { x: design([column('x')], rows), responded };
}

const logit = (p: number) => Math.log(p / (1 - p));

describe('trainLogisticRegression', () => {
  it('without a penalty, finds the closed-form maximum likelihood for one yes/no column', () => {
    // The MLE reproduces each group's observed rate: intercept = logit(rate when no),
    // slope = logit(rate when yes) − logit(rate when no).
    const { x, responded } = binaryData(200, 30, 100, 40);
    const model = trainLogisticRegression(x, responded, { l2: 0 });
    expect(model.converged).toBe(true);
    expect(model.intercept).toBeCloseTo(logit(30 / 200), 8);
    expect(model.coefficients[0]).toBeCloseTo(logit(40 / 100) - logit(30 / 200), 8);
    // Standard errors of a 2×2 table's log odds: √(1/a + 1/b) and √(1/a + 1/b + 1/c + 1/d).
    expect(model.interceptStandardError).toBeCloseTo(Math.sqrt(1 / 30 + 1 / 170), 6);
    expect(model.standardErrors[0]).toBeCloseTo(Math.sqrt(1 / 30 + 1 / 170 + 1 / 40 + 1 / 60), 6);
  });

  it('with a penalty, stops where the penalised gradient vanishes and shrinks towards zero', () => {
    const rows = [
      [0.5, -1],
      [1.5, 0.2],
      [-0.3, 0.7],
      [2, -0.4],
      [-1.2, 1.1],
      [0.1, 0.1],
      [0.9, -2],
      [-0.8, 0.3],
    ];
    const responded = [1, 1, 0, 1, 0, 0, 1, 0];
    const data = design([column('a', 'standardised'), column('b', 'standardised')], rows);
    const l2 = 2;
    const model = trainLogisticRegression(data, responded, { l2 });
    const gradient = [0, 0, 0];
    rows.forEach((row, i) => {
      const residual =
        responded[i]! -
        logistic(
          model.intercept + model.coefficients[0]! * row[0]! + model.coefficients[1]! * row[1]!,
        );
      gradient[0]! += residual;
      gradient[1]! += residual * row[0]!;
      gradient[2]! += residual * row[1]!;
    });
    gradient[1]! -= l2 * model.coefficients[0]!;
    gradient[2]! -= l2 * model.coefficients[1]!;
    for (const g of gradient) expect(Math.abs(g)).toBeLessThan(1e-9);
    const unpenalised = trainLogisticRegression(data, responded, { l2: 0.01 });
    expect(Math.hypot(...model.coefficients)).toBeLessThan(Math.hypot(...unpenalised.coefficients));
  });

  it('stays finite on perfectly separated data thanks to the penalty', () => {
    const { x, responded } = binaryData(50, 0, 50, 50);
    const model = trainLogisticRegression(x, responded);
    expect(model.converged).toBe(true);
    expect(Number.isFinite(model.coefficients[0])).toBe(true);
    expect(model.coefficients[0]).toBeGreaterThan(3);
  });

  it('refuses outcomes that are not 0/1, of the wrong length, or all alike', () => {
    const { x } = binaryData(2, 1, 2, 1);
    expect(() => trainLogisticRegression(x, [0, 1, 2, 0])).toThrow(RangeError);
    expect(() => trainLogisticRegression(x, [0, 1, 1])).toThrow(RangeError);
    expect(() => trainLogisticRegression(x, [1, 1, 1, 1])).toThrow(/both/);
  });
});

describe('predictProbabilities and drivers', () => {
  const { x, responded } = binaryData(200, 30, 100, 40);
  const model = trainLogisticRegression(x, responded, { l2: 0 });

  it('predicts each group its observed rate', () => {
    const predicted = predictProbabilities(model, design([column('x')], [[0], [1]]));
    expect(predicted[0]).toBeCloseTo(30 / 200, 8);
    expect(predicted[1]).toBeCloseTo(40 / 100, 8);
    expect(() => predictProbabilities(model, design([column('x'), column('y')], [[0, 1]]))).toThrow(
      RangeError,
    );
  });

  it('reports odds ratios and effects per standard deviation, largest first', () => {
    const [only] = drivers(model);
    expect(only!.oddsRatio).toBeCloseTo(40 / 60 / (30 / 170), 6);
    // x is 1 for a third of the rows: SD √(⅓·⅔).
    expect(only!.standardisedEffect).toBeCloseTo(only!.coefficient * Math.sqrt(2 / 9), 9);
    expect(only!.direction).toBe('raises');
    const wide = {
      ...model,
      columns: [column('small'), column('large')],
      coefficients: Float64Array.of(2, -1),
      columnSpread: Float64Array.of(0.1, 1),
      standardErrors: Float64Array.of(1, 1),
    };
    expect(drivers(wide).map((d) => [d.column, d.direction])).toEqual([
      ['large', 'lowers'],
      ['small', 'raises'],
    ]);
    expect(drivers(wide, 1)).toHaveLength(1);
  });
});

describe('logistic', () => {
  it('is symmetric and does not overflow', () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(2) + logistic(-2)).toBeCloseTo(1, 15);
    expect(logistic(1000)).toBe(1);
    expect(logistic(-1000)).toBe(0);
  });
});
