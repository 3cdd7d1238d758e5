import type { BudgetStore } from './budget-store';
import type { CallerTier } from './caller-tier';
import { noiseSeed } from './noise-seed';
import type { SpendRefused } from './privacy-budget';
import { releaseCount, type ReleasedCount } from './release-count';
import type { ReleasePolicy } from './release-policy';

/** One question's true numbers and everything needed to decide what the caller sees of them. */
export interface QueryRelease {
  tier: CallerTier;
  policy: ReleasePolicy;
  /** The workspace's noise secret (at least 32 random bytes). */
  secret: Uint8Array;
  store: BudgetStore;
  /** The API key asking; partners are charged per key. */
  keyId: string;
  at: Date;
  /** The canonical key of the question (`queryKey`, `questionKey`). */
  queryKey: string;
  /** The question's true numbers, always in the same order (the index seeds each one's noise). */
  trueCounts: readonly number[];
}

/** What the caller sees: the numbers, and for partners the ε charged and left; or a refusal. */
export type QueryReleaseResult =
  { ok: true; numbers: ReleasedCount[]; charged: number; remaining: number | null } | SpendRefused;

/**
 * Releases a question's numbers to a caller. Members see them exact and spend nothing.
 * Partners are charged first (ε per number, nothing for a repeat) and refused when the budget
 * would be overdrawn; otherwise each number is released with noise seeded by the question's key
 * and its index, so asking again returns the same numbers.
 */
export async function releaseQuery(request: QueryRelease): Promise<QueryReleaseResult> {
  const { tier, policy, secret, queryKey, trueCounts } = request;
  if (tier === 'member') {
    const numbers = trueCounts.map((trueCount) =>
      releaseCount({ trueCount, tier, policy, seed: new Uint8Array(0) }),
    );
    return { ok: true, numbers, charged: 0, remaining: null };
  }
  const epsilon = policy.epsilonPerNumber;
  const outcome = await request.store.spend({
    keyId: request.keyId,
    at: request.at,
    queryKey,
    numbers: trueCounts.length,
    epsilonPerNumber: epsilon,
  });
  if (!outcome.ok) return outcome;
  const numbers = trueCounts.map((trueCount, index) =>
    releaseCount({
      trueCount,
      tier,
      policy,
      seed: noiseSeed({ secret, queryKey, index, epsilon }),
    }),
  );
  return { ok: true, numbers, charged: outcome.charged, remaining: outcome.remaining };
}
