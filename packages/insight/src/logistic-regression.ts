import { choleskyFactor, choleskySolve, inverseDiagonal } from './cholesky';
import type { DesignMatrix, FeatureColumn } from './design-matrix';
import {
  columnSpread,
  hessianAndGradient,
  linearScores,
  penalisedLogLikelihood,
} from './newton-pass';

/** How a response model is fitted. */
export interface LogisticRegressionOptions {
  /**
   * Ridge penalty λ in `log-likelihood − λ/2 · Σβ²` (the intercept is not penalised), i.e. a
   * normal prior N(0, 1/λ) on each coefficient. Default 1: on standardised columns and tens of
   * thousands of rows it only tames columns the data says little about (rare levels,
   * near-duplicates) and leaves well-measured effects where the data puts them.
   */
  l2?: number;
  /** Newton iterations at most (default 50; ten or fewer is usual). */
  maxIterations?: number;
  /** Converged when no parameter moves by more than this in an iteration (default 1e-8). */
  tolerance?: number;
}

/** A fitted logistic response model: P(respond) = 1 / (1 + e^−(intercept + coefficients · x)). */
export interface LogisticModel {
  readonly columns: readonly FeatureColumn[];
  readonly intercept: number;
  /** Log-odds per unit of each column: per SD for standardised columns, yes vs no for indicators. */
  readonly coefficients: Float64Array;
  /**
   * Standard error of each coefficient: the root of the diagonal of the inverse penalised
   * Hessian at the fit (the posterior spread under the ridge's normal prior).
   */
  readonly standardErrors: Float64Array;
  readonly interceptStandardError: number;
  /** Standard deviation of each column over the training rows, for standardised effect sizes. */
  readonly columnSpread: Float64Array;
  readonly trainingRows: number;
  readonly iterations: number;
  readonly converged: boolean;
}

function checkOutcomes(rows: number, responded: ArrayLike<number>): void {
  if (responded.length !== rows) {
    throw new RangeError(`expected ${rows} outcomes, one per row; got ${responded.length}`);
  }
  let positives = 0;
  for (let i = 0; i < rows; i += 1) {
    const y = responded[i];
    if (y !== 0 && y !== 1) throw new RangeError(`outcome ${i} must be 0 or 1; got ${y}`);
    positives += y;
  }
  if (positives === 0 || positives === rows) {
    throw new RangeError('training needs both people who responded and people who did not');
  }
}

/**
 * Fits an L2-regularised logistic regression by Newton's method (equivalently, iteratively
 * reweighted least squares) with step halving. The penalised likelihood is strictly concave,
 * so Newton converges to its single maximum in a handful of iterations, each one pass over
 * the rows for the `p × p` Hessian; halving a step that would lower the likelihood makes it
 * safe from any start. Throws a RangeError unless `responded` holds one 0/1 per row with both
 * values present.
 */
export function trainLogisticRegression(
  design: DesignMatrix,
  responded: ArrayLike<number>,
  options: LogisticRegressionOptions = {},
): LogisticModel {
  const { l2 = 1, maxIterations = 50, tolerance = 1e-8 } = options;
  if (!(l2 >= 0)) throw new RangeError(`l2 must be at least 0; got ${l2}`);
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) {
    throw new RangeError(`maxIterations must be a positive integer; got ${maxIterations}`);
  }
  checkOutcomes(design.rows, responded);
  const size = design.columns.length + 1;

  let mean = 0;
  for (let i = 0; i < design.rows; i += 1) mean += responded[i]!;
  mean /= design.rows;
  // Parameters: [intercept, β…]. Starting at the base rate saves the first iterations.
  let theta: Float64Array = new Float64Array(size);
  theta[0] = Math.log(mean / (1 - mean));
  let scores = linearScores(design, theta);
  let objective = penalisedLogLikelihood(scores, responded, theta, l2);

  let iterations = 0;
  let converged = false;
  let factor: Float64Array = new Float64Array(0);
  while (iterations < maxIterations && !converged) {
    iterations += 1;
    const { hessian, gradient } = hessianAndGradient(design, responded, scores, theta, l2);
    factor = positiveDefiniteFactor(hessian, size);
    const step = choleskySolve(factor, size, gradient);
    const next = halvingStep(design, responded, l2, theta, step, objective);
    if (!next) break; // no step raises the likelihood any more: as close as arithmetic allows
    converged = next.largestMove < tolerance;
    ({ theta, scores, objective } = next);
  }
  // The last Hessian was taken at the previous iterate, which a converged fit has left by less
  // than `tolerance`: close enough for standard errors, and it saves a pass over every row.
  const variances = inverseDiagonal(factor, size);
  return {
    columns: design.columns,
    intercept: theta[0]!,
    coefficients: theta.slice(1),
    standardErrors: variances.slice(1).map(Math.sqrt),
    interceptStandardError: Math.sqrt(variances[0]!),
    columnSpread: columnSpread(design),
    trainingRows: design.rows,
    iterations,
    converged,
  };
}

/**
 * Moves along the Newton step, halving it until the penalised likelihood does not fall (up to
 * rounding); undefined if even a step of 2⁻³⁰ of it would lower it.
 */
function halvingStep(
  design: DesignMatrix,
  responded: ArrayLike<number>,
  l2: number,
  theta: Float64Array,
  step: Float64Array,
  objective: number,
):
  | { theta: Float64Array; scores: Float64Array; objective: number; largestMove: number }
  | undefined {
  for (let scale = 1; scale > 2 ** -30; scale /= 2) {
    const candidate = theta.map((value, j) => value + scale * step[j]!);
    const scores = linearScores(design, candidate);
    const candidateObjective = penalisedLogLikelihood(scores, responded, candidate, l2);
    if (candidateObjective >= objective - 1e-12 * Math.abs(objective)) {
      const largestMove = step.reduce((max, value) => Math.max(max, Math.abs(scale * value)), 0);
      return { theta: candidate, scores, objective: candidateObjective, largestMove };
    }
  }
  return undefined;
}

/**
 * The Cholesky factor of the Hessian H, for solving H Δ = g. H is positive definite whenever
 * some row has 0 < p < 1 and λ > 0; should rounding make it numerically singular (λ = 0 with
 * collinear columns), a growing ridge on the diagonal keeps the step defined, which only
 * shortens it.
 */
function positiveDefiniteFactor(hessian: Float64Array, size: number): Float64Array {
  let largestDiagonal = 0;
  for (let j = 0; j < size; j += 1)
    largestDiagonal = Math.max(largestDiagonal, hessian[j * size + j]!);
  for (let jitter = 0, attempt = 0; attempt < 12; attempt += 1) {
    const factor = choleskyFactor(hessian, size);
    if (factor) return factor;
    const next = largestDiagonal * 1e-12 * 10 ** attempt;
    for (let j = 0; j < size; j += 1) hessian[j * size + j]! += next - jitter;
    jitter = next;
  }
  throw new Error(
    'the Newton system stayed singular; check the design for constant or duplicate columns',
  );
}

/** Probability of responding for each row of `design` under `model`. */
export function predictProbabilities(model: LogisticModel, design: DesignMatrix): Float64Array {
  if (design.columns.length !== model.coefficients.length) {
    throw new RangeError(
      `the design has ${design.columns.length} columns but the model ${model.coefficients.length}`,
    );
  }
  const theta = new Float64Array(model.coefficients.length + 1);
  theta[0] = model.intercept;
  theta.set(model.coefficients, 1);
  return linearScores(design, theta).map(logistic);
}

/** 1 / (1 + e^−x), written so that neither branch overflows. */
export function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
