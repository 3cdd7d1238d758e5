import { normalQuantile } from './normal-quantile';

/** A confidence interval. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

function checkCounts(successes: number, trials: number): void {
  if (
    !Number.isInteger(successes) ||
    !Number.isInteger(trials) ||
    successes < 0 ||
    successes > trials
  ) {
    throw new RangeError(
      `expected whole counts with 0 ≤ successes ≤ trials; got ${successes} of ${trials}`,
    );
  }
}

/** The z for a two-sided interval at `confidence` (0.95 gives 1.96). */
export function twoSidedZ(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be strictly between 0 and 1; got ${confidence}`);
  }
  return normalQuantile(1 - (1 - confidence) / 2);
}

/**
 * Wilson's score interval for a proportion: the proportions p not rejected by the score test
 * |p̂ − p| ≤ z·√(p(1 − p)/n). Unlike the Wald interval it never leaves [0, 1] and keeps close
 * to its nominal coverage for small counts and rates near 0, where response rates live.
 * With no trials it is [0, 1]: nothing is known.
 */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): Interval {
  checkCounts(successes, trials);
  if (trials === 0) return { lower: 0, upper: 1 };
  const z = twoSidedZ(confidence);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const center = (p + z2n / 2) / (1 + z2n);
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials))) / (1 + z2n);
  return {
    lower: successes === 0 ? 0 : Math.max(0, center - halfWidth),
    upper: successes === trials ? 1 : Math.min(1, center + halfWidth),
  };
}

/**
 * Newcombe's hybrid score interval for the difference p₁ − p₂ of two independent proportions
 * (his method 10, 1998): it combines the two Wilson intervals, so it inherits their good
 * coverage with small counts and rare responses, where the Wald interval is too narrow and
 * can even leave [−1, 1].
 */
export function newcombeDifferenceInterval(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  confidence = 0.95,
): Interval {
  const first = wilsonInterval(successes1, trials1, confidence);
  const second = wilsonInterval(successes2, trials2, confidence);
  const p1 = trials1 === 0 ? 0.5 : successes1 / trials1;
  const p2 = trials2 === 0 ? 0.5 : successes2 / trials2;
  const difference = p1 - p2;
  return {
    lower: difference - Math.hypot(p1 - first.lower, second.upper - p2),
    upper: difference + Math.hypot(first.upper - p1, p2 - second.lower),
  };
}
