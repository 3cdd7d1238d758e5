import { z } from 'zod';
import { epsilonSchema } from './epsilon';
import { issuesFrom, type PolicyResult } from './policy-result';

/** Default smallest audience a partner may see a number for. */
export const DEFAULT_MINIMUM_AUDIENCE = 100;
/** Default significant digits of a number shown to a partner. */
export const DEFAULT_SIGNIFICANT_DIGITS = 2;
/** Largest ε per number a policy may set: above it the noise no longer protects anyone. */
export const MAX_EPSILON_PER_NUMBER = 10;

/**
 * How a workspace releases numbers to partners. `epsilonPerNumber` has no default on
 * purpose: it is the privacy promise of the workspace, so someone has to choose it.
 */
export const ReleasePolicy = z.strictObject({
  /** Below this (noisy) size a partner learns only "fewer than `minimumAudience`". */
  minimumAudience: z
    .number({ error: 'expected a number of profiles' })
    .int('expected a whole number of profiles')
    .min(0, 'expected a minimum audience of at least 0')
    .max(1_000_000, 'expected a minimum audience of at most 1,000,000')
    .default(DEFAULT_MINIMUM_AUDIENCE),
  /** ε of the noise on each released number (sensitivity 1); smaller is noisier and more private. */
  epsilonPerNumber: epsilonSchema(MAX_EPSILON_PER_NUMBER),
  /** Significant digits partners see: 12,345 with 2 digits is 12,000. */
  significantDigits: z
    .number({ error: 'expected a number of digits' })
    .int('expected a whole number of digits')
    .min(1, 'expected at least 1 significant digit')
    .max(15, 'expected at most 15 significant digits')
    .default(DEFAULT_SIGNIFICANT_DIGITS),
});
/** A validated release policy, defaults filled in. */
export type ReleasePolicy = z.output<typeof ReleasePolicy>;
/** A release policy as a workspace writes it: defaults may be left out. */
export type ReleasePolicyInput = z.input<typeof ReleasePolicy>;

/** Validates a workspace's release policy and fills in the defaults. */
export function parseReleasePolicy(input: unknown, path = 'policy'): PolicyResult<ReleasePolicy> {
  const parsed = ReleasePolicy.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: issuesFrom(parsed.error, path) };
}
