/** Standard normal quantiles used by the tests: two-sided 99% and one-sided 99.9%. */
export const Z_99_TWO_SIDED = 2.576;
export const Z_999_ONE_SIDED = 3.09;

/** Pearson's χ² statistic of observed against expected counts. */
export function chiSquare(observed: readonly number[], expected: readonly number[]): number {
  return observed.reduce((sum, o, i) => sum + (o - expected[i]!) ** 2 / expected[i]!, 0);
}

/**
 * The upper critical value of χ² with `df` degrees of freedom at the one-sided normal quantile
 * `z` (Wilson–Hilferty approximation, accurate to about 1% for df ≥ 3).
 */
export function chiSquareCritical(df: number, z = Z_999_ONE_SIDED): number {
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

/** The interval a binomial success rate with probability `p` falls in at normal quantile `z`. */
export function binomialInterval(n: number, p: number, z = Z_99_TWO_SIDED): [number, number] {
  const halfWidth = z * Math.sqrt((p * (1 - p)) / n);
  return [p - halfWidth, p + halfWidth];
}
