import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inverseDiagonal, choleskyFactor, solvePositiveDefinite } from './cholesky';

/** Bᵀ B + I for a random B: symmetric positive definite by construction. */
const positiveDefinite = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc
    .array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n * n, maxLength: n * n })
    .map((b) => {
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i += 1)
        for (let j = 0; j < n; j += 1) {
          let sum = i === j ? 1 : 0;
          for (let k = 0; k < n; k += 1) sum += b[k * n + i]! * b[k * n + j]!;
          a[i * n + j] = sum;
        }
      return { n, a };
    }),
);

describe('solvePositiveDefinite', () => {
  it('returns x with A x = b', () => {
    fc.assert(
      fc.property(
        positiveDefinite,
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 6, maxLength: 6 }),
        ({ n, a }, b) => {
          const rhs = Float64Array.from(b.slice(0, n));
          const x = solvePositiveDefinite(a, n, rhs)!;
          for (let i = 0; i < n; i += 1) {
            let sum = 0;
            for (let j = 0; j < n; j += 1) sum += a[i * n + j]! * x[j]!;
            expect(sum).toBeCloseTo(rhs[i]!, 6);
          }
        },
      ),
    );
  });

  it('gives the diagonal of the inverse', () => {
    // [[4, 2], [2, 3]]⁻¹ = [[3, −2], [−2, 4]] / 8
    const lower = choleskyFactor(Float64Array.of(4, 2, 2, 3), 2)!;
    const diagonal = inverseDiagonal(lower, 2);
    expect(diagonal[0]).toBeCloseTo(3 / 8, 12);
    expect(diagonal[1]).toBeCloseTo(4 / 8, 12);
  });

  it('reports a matrix that is not positive definite', () => {
    expect(
      solvePositiveDefinite(Float64Array.of(1, 2, 2, 1), 2, Float64Array.of(1, 1)),
    ).toBeUndefined();
  });
});
