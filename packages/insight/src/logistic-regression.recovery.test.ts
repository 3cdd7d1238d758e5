import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_VARIANT_IDS, exampleTruth } from '../test/support/example-truth';
import { trainOnSimulatedCampaign } from '../test/support/trained-variants';
import { auc } from './auc';
import { calibration } from './calibration';
import { pick, selectRows } from './design-matrix';
import { drivers } from './drivers';
import { type LogisticModel, predictProbabilities } from './logistic-regression';
import { trueCoefficients } from './synthetic-outcomes';

/*
 * The model against a known truth: 120,000 demo profiles, a campaign drawn from the example
 * response model, one model per variant trained on about 27,000 sends and judged on the about
 * 9,000 sends it never saw.
 */
let experiment: ReturnType<typeof trainOnSimulatedCampaign>;
beforeAll(() => {
  experiment = trainOnSimulatedCampaign({
    populationSeed: 4_711,
    campaignSeed: 2_024,
    size: 120_000,
    trainingShare: 0.75,
  });
}, 120_000);

/** The true drivers of a variant as standardised effects (true weight × column SD), largest first. */
function trueDrivers(variantId: string) {
  const { design, variants } = experiment;
  const { model } = variants.find((v) => v.variantId === variantId)!;
  const { coefficients } = trueCoefficients(exampleTruth, design.columns, variantId);
  return design.columns
    .map((column, j) => ({
      column: column.name,
      effect: coefficients[j]! * model.columnSpread[j]!,
    }))
    .filter((d) => d.effect !== 0)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
}

/** (estimate − truth) / standard error for every coefficient. */
function zScores(model: LogisticModel, truth: ReturnType<typeof trueCoefficients>): number[] {
  return Array.from(
    model.coefficients,
    (c, j) => (c - truth.coefficients[j]!) / model.standardErrors[j]!,
  );
}

it('has standard errors whose 95% intervals cover the true coefficients about 95% of the time', () => {
  const z = experiment.variants.flatMap(({ model, variantId }) =>
    zScores(model, trueCoefficients(exampleTruth, experiment.design.columns, variantId)),
  );
  // 3 variants × 72 columns; the coverage of 216 intervals has a standard error of 1.5 points.
  expect(z.length).toBeGreaterThan(200);
  const covered = z.filter((value) => Math.abs(value) < 1.96).length / z.length;
  expect(covered).toBeGreaterThanOrEqual(0.9);
  expect(covered).toBeLessThanOrEqual(0.99);
});

describe.each(EXAMPLE_VARIANT_IDS)('the response model for variant %s', (variantId) => {
  const trained = () => experiment.variants.find((v) => v.variantId === variantId)!;

  it('is a valid experiment: true drivers are at least 0.1 apart in standardised effect', () => {
    const effects = trueDrivers(variantId).map((d) => Math.abs(d.effect));
    expect(effects.length).toBe(5);
    for (let k = 1; k < effects.length; k += 1)
      expect(effects[k - 1]! - effects[k]!).toBeGreaterThan(0.1);
    expect(effects.at(-1)).toBeGreaterThan(0.1);
  });

  it('converges', () => {
    expect(trained().model.converged).toBe(true);
    expect(trained().model.iterations).toBeLessThan(15);
  });

  it('ranks the true drivers first, in their true order, with their signs', () => {
    const truth = trueDrivers(variantId);
    const found = drivers(trained().model, truth.length);
    expect(found.map((d) => d.column)).toEqual(truth.map((d) => d.column));
    found.forEach((driver, k) =>
      expect(Math.sign(driver.coefficient)).toBe(Math.sign(truth[k]!.effect)),
    );
  });

  it('puts every coefficient, true zeros included, within 4.5 standard errors of the truth', () => {
    const { model } = trained();
    const truth = trueCoefficients(exampleTruth, experiment.design.columns, variantId);
    const z = zScores(model, truth);
    expect(Math.max(...z.map(Math.abs))).toBeLessThan(4.5);
    expect(Math.abs(model.intercept - truth.intercept) / model.interceptStandardError).toBeLessThan(
      4.5,
    );
  });

  it('ranks unseen sends within 0.01 AUC of the true model, on the same outcomes', () => {
    const { design, campaign } = experiment;
    const { model, validationRows, variant } = trained();
    const outcomes = pick(campaign.responded, validationRows);
    const predicted = predictProbabilities(model, selectRows(design, validationRows));
    const truthAuc = auc(pick(campaign.truth.byVariant[variant]!, validationRows), outcomes);
    expect(truthAuc).toBeGreaterThan(0.6);
    expect(Math.abs(auc(predicted, outcomes) - truthAuc)).toBeLessThan(0.01);
  });

  it('is as well calibrated on unseen sends as the true model, and the measure notices a skew', () => {
    const { design, campaign } = experiment;
    const { model, validationRows, variant } = trained();
    const outcomes = pick(campaign.responded, validationRows);
    const truthProbabilities = pick(campaign.truth.byVariant[variant]!, validationRows);
    const predicted = predictProbabilities(model, selectRows(design, validationRows));
    const trueError = calibration(truthProbabilities, outcomes).expectedCalibrationError;
    expect(calibration(predicted, outcomes).expectedCalibrationError).toBeLessThan(
      trueError + 0.01,
    );
    // Overstating every probability by half is a skew no honest reliability table can miss.
    const skewed = truthProbabilities.map((p) => Math.min(1, p * 1.5));
    expect(calibration(skewed, outcomes).expectedCalibrationError).toBeGreaterThan(
      trueError + 0.02,
    );
  });
});
