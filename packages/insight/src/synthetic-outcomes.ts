import { columnIndex, type DesignMatrix, type FeatureColumn } from './design-matrix';
import { logistic } from './logistic-regression';
import { linearScores } from './newton-pass';
import { SeededRandom } from './seeded-random';

/** Log-odds as `intercept + Σ weight × column`, with columns named as in the design (`interest:climate`). */
export interface LinearPredictor {
  readonly intercept: number;
  readonly weights: Readonly<Record<string, number>>;
}

/**
 * The hidden response model a simulation draws from, known so that tests can check what the
 * learning recovers. A held-out person responds with probability σ(control · x); a person sent
 * variant v with σ((control + treatment[v]) · x). The treatment part is the message's effect,
 * and its weights make the uplift differ between segments.
 */
export interface TrueResponseModel {
  readonly control: LinearPredictor;
  /** By variant id. */
  readonly treatment: Readonly<Record<string, LinearPredictor>>;
}

/** True intercept and coefficients aligned with `columns`, for a variant or (null) for the held out. */
export function trueCoefficients(
  truth: TrueResponseModel,
  columns: readonly FeatureColumn[],
  variantId: string | null,
): { intercept: number; coefficients: Float64Array } {
  const parts = [truth.control];
  if (variantId !== null) {
    const treatment = truth.treatment[variantId];
    if (!treatment)
      throw new RangeError(`the true model has no treatment for variant "${variantId}"`);
    parts.push(treatment);
  }
  const coefficients = new Float64Array(columns.length);
  let intercept = 0;
  for (const part of parts) {
    intercept += part.intercept;
    for (const [name, weight] of Object.entries(part.weights)) {
      coefficients[columnIndex({ columns }, name)]! += weight;
    }
  }
  return { intercept, coefficients };
}

/** Every row's true response probability: if held out, and if sent each variant. */
export interface TrueProbabilities {
  readonly variantIds: readonly string[];
  readonly control: Float64Array;
  /** In the order of `variantIds`. */
  readonly byVariant: readonly Float64Array[];
}

/** The true probabilities of every row under every arm of the campaign. */
export function trueProbabilities(
  design: DesignMatrix,
  truth: TrueResponseModel,
  variantIds: readonly string[],
): TrueProbabilities {
  const probabilities = (variantId: string | null) => {
    const { intercept, coefficients } = trueCoefficients(truth, design.columns, variantId);
    const theta = new Float64Array(coefficients.length + 1);
    theta[0] = intercept;
    theta.set(coefficients, 1);
    return linearScores(design, theta).map(logistic);
  };
  return { variantIds, control: probabilities(null), byVariant: variantIds.map(probabilities) };
}

/** One simulated campaign: who got what, and who responded. */
export interface SimulatedCampaign {
  readonly variantIds: readonly string[];
  /** Per row: the index in `variantIds` of the variant sent, or −1 when held out. */
  readonly arm: Int32Array;
  /** Per row: 1 if the person responded. */
  readonly responded: Uint8Array;
  readonly truth: TrueProbabilities;
}

/** The held-out arm in `SimulatedCampaign.arm`. */
export const HELD_OUT = -1;

/**
 * Draws a campaign: each person is held out with probability `holdoutShare`, otherwise sent one
 * variant chosen uniformly, and responds with the true probability of their arm. Randomised
 * assignment is what makes the holdout comparison an unbiased estimate of uplift. The real
 * send holds people out by hashing (`isHeldOut` in the domain), which is fixed per campaign;
 * here each seed draws afresh, so that repeating over seeds repeats the whole experiment.
 */
export function drawCampaign(
  truth: TrueProbabilities,
  options: { holdoutShare: number; seed: number },
): SimulatedCampaign {
  const { holdoutShare, seed } = options;
  if (!(holdoutShare >= 0 && holdoutShare < 1)) {
    throw new RangeError(`holdoutShare must be in [0, 1); got ${holdoutShare}`);
  }
  const variants = truth.variantIds.length;
  if (variants === 0) throw new RangeError('a campaign needs at least one variant');
  const random = new SeededRandom(seed);
  const rows = truth.control.length;
  const arm = new Int32Array(rows);
  const responded = new Uint8Array(rows);
  for (let i = 0; i < rows; i += 1) {
    const held = random.chance(holdoutShare);
    arm[i] = held ? HELD_OUT : random.below(variants);
    const p = held ? truth.control[i]! : truth.byVariant[arm[i]!]![i]!;
    responded[i] = random.chance(p) ? 1 : 0;
  }
  return { variantIds: truth.variantIds, arm, responded, truth };
}

/** `trueProbabilities` and `drawCampaign` in one step. */
export function simulateCampaign(options: {
  design: DesignMatrix;
  truth: TrueResponseModel;
  variantIds: readonly string[];
  holdoutShare: number;
  seed: number;
}): SimulatedCampaign {
  const probabilities = trueProbabilities(options.design, options.truth, options.variantIds);
  return drawCampaign(probabilities, options);
}

/**
 * The true uplift over `rows`: the mean, over those people, of (their response probability
 * when sent, averaged over the equally likely variants) minus (their probability when held
 * out). This is what the sent-versus-held-out difference in those rows estimates.
 */
export function trueUplift(truth: TrueProbabilities, rows: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < rows.length; k += 1) {
    const i = rows[k]!;
    let sent = 0;
    for (const byVariant of truth.byVariant) sent += byVariant[i]!;
    sum += sent / truth.byVariant.length - truth.control[i]!;
  }
  return rows.length === 0 ? 0 : sum / rows.length;
}
