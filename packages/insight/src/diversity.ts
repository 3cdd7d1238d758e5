import { compareCodePoints } from '@pinpoint/domain';

function normalised(weights: readonly number[], name: string): number[] {
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0 && Number.isFinite(w)))
      throw new RangeError(`${name} weights must be finite and ≥ 0; got ${w}`);
    total += w;
  }
  if (total === 0)
    throw new RangeError(`${name} has no weight: a distribution needs a positive total`);
  return weights.map((w) => w / total);
}

/**
 * Σ p·log₂(p/m) with m = (p + q)/2, over the support of p (0·log 0 = 0). Written as
 * p·(1 + log₂ p − log₂(p + q)) because forming m first can round a tiny p/2 down to 0 and
 * turn a negligible term into an infinite one.
 */
function klToMixture(p: readonly number[], q: readonly number[]): number {
  let sum = 0;
  p.forEach((pi, i) => {
    if (pi > 0) sum += pi * (1 + Math.log2(pi) - Math.log2(pi + q[i]!));
  });
  return sum;
}

/**
 * Jensen–Shannon divergence in bits between two distributions over the same categories, given
 * as counts or probabilities (each is normalised): ½·KL(P‖M) + ½·KL(Q‖M) with M = (P + Q)/2.
 * 0 for identical distributions, 1 for distributions with no category in common, symmetric,
 * and finite where KL is not (a category only one side has). Its square root is a metric.
 */
export function jensenShannonDivergence(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length) {
    throw new RangeError(`both distributions need the same categories: ${p.length} vs ${q.length}`);
  }
  const pn = normalised(p, 'p');
  const qn = normalised(q, 'q');
  const divergence = (klToMixture(pn, qn) + klToMixture(qn, pn)) / 2;
  // Rounding can leave a hair outside [0, 1]; the quantity itself cannot be.
  return Math.min(1, Math.max(0, divergence));
}

/** The label a missing value counts under, so that "not known" is a category like any other. */
export const MISSING_CATEGORY = '(missing)';

function countCategories(values: Iterable<string | null | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) {
    const category = value ?? MISSING_CATEGORY;
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}

/**
 * How far a targeted audience's mix of an attribute (e.g. age band or region) is from the whole
 * population's, as Jensen–Shannon divergence in bits: 0 when the audience looks like everyone,
 * 1 when it shares no value with the population. A high value on a sensitive attribute means the
 * campaign sorts people by it, whether or not it was ever a column of the model.
 */
export function audienceDivergence(
  audience: Iterable<string | null | undefined>,
  population: Iterable<string | null | undefined>,
): number {
  const a = countCategories(audience);
  const p = countCategories(population);
  const categories = [...new Set([...a.keys(), ...p.keys()])];
  return jensenShannonDivergence(
    categories.map((c) => a.get(c) ?? 0),
    categories.map((c) => p.get(c) ?? 0),
  );
}

/** How much one segment's sends lean on a single variant. */
export interface VariantConcentration {
  readonly segment: string;
  readonly sends: number;
  /** The most-sent variant (ties: the first in code-point order) and its share of the segment's sends. */
  readonly topVariant: string;
  readonly topShare: number;
  /** Σ share² over variants (Herfindahl–Hirschman index): 1 when one variant takes all, 1/k for k equal variants. */
  readonly herfindahl: number;
}

/**
 * Concentration of variants per segment, segments in code-point order. People not contacted
 * (variant null) are left out: the question is what those who hear from the campaign are told.
 */
export function variantConcentration(
  segments: readonly string[],
  variants: readonly (string | null)[],
): VariantConcentration[] {
  if (segments.length !== variants.length) {
    throw new RangeError(
      `expected one variant per person: ${segments.length} segments, ${variants.length} variants`,
    );
  }
  const bySegment = new Map<string, Map<string, number>>();
  variants.forEach((variant, i) => {
    if (variant === null) return;
    const segment = segments[i]!;
    let counts = bySegment.get(segment);
    if (!counts) bySegment.set(segment, (counts = new Map<string, number>()));
    counts.set(variant, (counts.get(variant) ?? 0) + 1);
  });
  return [...bySegment.keys()].sort(compareCodePoints).map((segment) => {
    const counts = bySegment.get(segment)!;
    const sends = [...counts.values()].reduce((sum, n) => sum + n, 0);
    const ranked = [...counts.entries()].sort(
      (a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]),
    );
    const [topVariant, topCount] = ranked[0]!;
    const herfindahl = ranked.reduce((sum, [, n]) => sum + (n / sends) ** 2, 0);
    return { segment, sends, topVariant, topShare: topCount / sends, herfindahl };
  });
}

/** How many people were reached, and how many of them heard more than one framing. */
export interface FramingExposure {
  readonly audience: number;
  readonly multipleFramings: number;
  /** multipleFramings / audience (0 for an empty audience). */
  readonly share: number;
}

/**
 * The share of the audience that received more than one framing, over any number of sends
 * (one campaign's variants, or a season of campaigns). A framing is the argument a message
 * makes (several variants may share one); someone who only ever hears one side of an issue is
 * what an echo chamber is made of.
 */
export function framingExposure(
  sends: Iterable<{ readonly profileId: string; readonly framing: string }>,
): FramingExposure {
  const framings = new Map<string, Set<string>>();
  for (const { profileId, framing } of sends) {
    let seen = framings.get(profileId);
    if (!seen) framings.set(profileId, (seen = new Set<string>()));
    seen.add(framing);
  }
  let multipleFramings = 0;
  for (const seen of framings.values()) if (seen.size > 1) multipleFramings += 1;
  const audience = framings.size;
  return { audience, multipleFramings, share: audience === 0 ? 0 : multipleFramings / audience };
}
