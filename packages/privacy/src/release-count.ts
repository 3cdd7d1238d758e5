import type { CallerTier } from './caller-tier';
import { sampleDiscreteLaplace } from './discrete-laplace';
import type { ReleasePolicy } from './release-policy';
import { seededRandom } from './seeded-random';

/**
 * A number as a caller may see it: `exact` for members; for partners `approximate` (noisy and
 * rounded, with the ε it cost) or `belowThreshold` (the noisy size was under the policy's
 * minimum audience, so only that is said).
 */
export type ReleasedCount =
  | { kind: 'exact'; value: number }
  | { kind: 'approximate'; value: number; epsilon: number }
  | { kind: 'belowThreshold'; threshold: number };

/** What `releaseCount` needs. */
export interface CountRelease {
  /** The true count: a whole number ≥ 0. */
  trueCount: number;
  tier: CallerTier;
  policy: ReleasePolicy;
  /** The 32-byte noise seed of this number (`noiseSeed`); unused for members. */
  seed: Uint8Array;
}

/**
 * Rounds a whole number to `digits` significant digits (12,345 → 12,000 at 2), halves up.
 * `toPrecision` is exact for integers, unlike scaling by powers of ten.
 */
export function roundToSignificantDigits(value: number, digits: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}

/**
 * Decides what a caller sees of one count. Members get it exact. For partners the count gets
 * discrete Laplace noise at the policy's ε (deterministic given the seed), is clamped at 0,
 * and then:
 * - below `minimumAudience` → `belowThreshold`. The threshold is applied to the noisy value,
 *   never the true one: a threshold on the true count would itself tell whether one more
 *   person pushes a group over the line (exactly what differencing attacks probe);
 * - otherwise rounded to `significantDigits` → `approximate`.
 * Clamping, thresholding and rounding only post-process the noisy value, so the release stays
 * ε-differentially private.
 */
export function releaseCount({ trueCount, tier, policy, seed }: CountRelease): ReleasedCount {
  if (!Number.isSafeInteger(trueCount) || trueCount < 0) {
    throw new RangeError(`a count must be a whole number ≥ 0; got ${trueCount}`);
  }
  switch (tier) {
    case 'member':
      return { kind: 'exact', value: trueCount };
    case 'partner': {
      const epsilon = policy.epsilonPerNumber;
      const noisy = Math.max(0, trueCount + sampleDiscreteLaplace(epsilon, seededRandom(seed)));
      if (noisy < policy.minimumAudience) {
        return { kind: 'belowThreshold', threshold: policy.minimumAudience };
      }
      return {
        kind: 'approximate',
        value: roundToSignificantDigits(noisy, policy.significantDigits),
        epsilon,
      };
    }
  }
}
