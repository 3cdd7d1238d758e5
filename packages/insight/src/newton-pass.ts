import type { DesignMatrix } from './design-matrix';

/**
 * The passes over the rows that Newton's method for logistic regression needs. They are the
 * whole cost of training (the `p × p` solve is negligible beside `n × p²`), so they are plain
 * loops over the row-major Float64Array with no allocation per row.
 * `theta` is `[intercept, β₁ … β_p]`.
 */

/** `intercept + β · x` for every row. */
export function linearScores(design: DesignMatrix, theta: Float64Array): Float64Array {
  const width = design.columns.length;
  const { values } = design;
  const scores = new Float64Array(design.rows);
  for (let i = 0, at = 0; i < design.rows; i += 1, at += width) {
    let sum = theta[0]!;
    for (let j = 0; j < width; j += 1) sum += theta[j + 1]! * values[at + j]!;
    scores[i] = sum;
  }
  return scores;
}

/** log(1 + eˣ) without overflow for large x or loss of precision for very negative x. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** Σ [y·η − log(1 + e^η)] − λ/2 · Σ_{j≥1} θ_j²: the objective Newton maximises. */
export function penalisedLogLikelihood(
  scores: Float64Array,
  responded: ArrayLike<number>,
  theta: Float64Array,
  l2: number,
): number {
  let sum = 0;
  for (let i = 0; i < scores.length; i += 1) {
    const eta = scores[i]!;
    sum += responded[i]! * eta - softplus(eta);
  }
  let penalty = 0;
  for (let j = 1; j < theta.length; j += 1) penalty += theta[j]! * theta[j]!;
  return sum - (l2 / 2) * penalty;
}

/**
 * The negative Hessian `Σ μ(1−μ) x̃ x̃ᵀ + λ I'` (full, symmetric) and the gradient
 * `Σ (y − μ) x̃ − λ θ'` of the penalised log-likelihood, where `x̃ = [1, x]` and `'` leaves the
 * intercept out of the penalty. Only the lower triangle is accumulated, then mirrored.
 */
export function hessianAndGradient(
  design: DesignMatrix,
  responded: ArrayLike<number>,
  scores: Float64Array,
  theta: Float64Array,
  l2: number,
): { hessian: Float64Array; gradient: Float64Array } {
  const width = design.columns.length;
  const size = width + 1;
  const { values } = design;
  const hessian = new Float64Array(size * size);
  const gradient = new Float64Array(size);
  const row = new Float64Array(size);
  row[0] = 1;
  for (let i = 0, at = 0; i < design.rows; i += 1, at += width) {
    const eta = scores[i]!;
    const mu = eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    const weight = mu * (1 - mu);
    const residual = responded[i]! - mu;
    for (let j = 0; j < width; j += 1) row[j + 1] = values[at + j]!;
    for (let a = 0; a < size; a += 1) {
      const xa = row[a]!;
      gradient[a]! += residual * xa;
      const weighted = weight * xa;
      const base = a * size;
      for (let b = 0; b <= a; b += 1) hessian[base + b]! += weighted * row[b]!;
    }
  }
  for (let a = 1; a < size; a += 1) {
    hessian[a * size + a]! += l2;
    gradient[a]! -= l2 * theta[a]!;
  }
  for (let a = 0; a < size; a += 1) {
    for (let b = a + 1; b < size; b += 1) hessian[a * size + b] = hessian[b * size + a]!;
  }
  return { hessian, gradient };
}

/** Population standard deviation of every column. */
export function columnSpread(design: DesignMatrix): Float64Array {
  const width = design.columns.length;
  const { values } = design;
  const means = new Float64Array(width);
  const spread = new Float64Array(width);
  if (design.rows === 0) return spread;
  for (let i = 0, at = 0; i < design.rows; i += 1, at += width) {
    for (let j = 0; j < width; j += 1) means[j]! += values[at + j]!;
  }
  for (let j = 0; j < width; j += 1) means[j]! /= design.rows;
  for (let i = 0, at = 0; i < design.rows; i += 1, at += width) {
    for (let j = 0; j < width; j += 1) {
      const d = values[at + j]! - means[j]!;
      spread[j]! += d * d;
    }
  }
  for (let j = 0; j < width; j += 1) spread[j] = Math.sqrt(spread[j]! / design.rows);
  return spread;
}
