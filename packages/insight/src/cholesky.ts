/**
 * Cholesky factorisation `A = L Lᵀ` of a symmetric positive-definite `n × n` matrix (row-major;
 * only the lower triangle is read). Newton steps of a ridge-penalised likelihood have exactly
 * such a matrix, and Cholesky is the cheapest stable way to solve with it. Returns undefined
 * when `A` is not positive definite, so the caller can decide what to do.
 */
export function choleskyFactor(matrix: Float64Array, n: number): Float64Array | undefined {
  const lower = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = matrix[i * n + j]!;
      for (let k = 0; k < j; k += 1) sum -= lower[i * n + k]! * lower[j * n + k]!;
      if (i === j) {
        if (!(sum > 0)) return undefined;
        lower[i * n + i] = Math.sqrt(sum);
      } else {
        lower[i * n + j] = sum / lower[j * n + j]!;
      }
    }
  }
  return lower;
}

/** Solves `L Lᵀ x = b` given the factor `L`: forward substitution, then back substitution. */
export function choleskySolve(lower: Float64Array, n: number, rhs: Float64Array): Float64Array {
  const x = Float64Array.from(rhs);
  for (let i = 0; i < n; i += 1) {
    let sum = x[i]!;
    for (let k = 0; k < i; k += 1) sum -= lower[i * n + k]! * x[k]!;
    x[i] = sum / lower[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = x[i]!;
    for (let k = i + 1; k < n; k += 1) sum -= lower[k * n + i]! * x[k]!;
    x[i] = sum / lower[i * n + i]!;
  }
  return x;
}

/** Solves `A x = b` for symmetric positive-definite `A`; undefined if `A` is not positive definite. */
export function solvePositiveDefinite(
  matrix: Float64Array,
  n: number,
  rhs: Float64Array,
): Float64Array | undefined {
  const lower = choleskyFactor(matrix, n);
  return lower && choleskySolve(lower, n, rhs);
}

/**
 * The diagonal of `A⁻¹` from the factor of `A`. For the Hessian of a log-likelihood these are
 * the variances of the estimates, so their roots are the standard errors.
 */
export function inverseDiagonal(lower: Float64Array, n: number): Float64Array {
  const diagonal = new Float64Array(n);
  const unit = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    unit.fill(0);
    unit[i] = 1;
    diagonal[i] = choleskySolve(lower, n, unit)[i]!;
  }
  return diagonal;
}
