import type { AudienceResult } from './audience-question';
import type { Profile } from './profile';
import { matches, type EvaluationContext } from './rule-evaluator';
import type { SegmentRule } from './segment-rule';

/** Most segments one overlap compares: each is one bit of a membership mask. */
export const MAX_OVERLAP_RULES = 20;

/** Sizes, pairwise intersections and union of several segments, in the order they were given. */
export interface SegmentOverlap {
  /** Members of each segment. */
  sizes: number[];
  /** `intersections[i][j]`: members of both `i` and `j`; the diagonal holds the sizes. */
  intersections: number[][];
  /** Members of at least one segment. */
  union: number;
  /** Profiles in the population, members or not. */
  population: number;
}

/**
 * How many profiles have one membership mask: bit `i` is set when the profile belongs to
 * segment `i`. Mask 0 counts the profiles in none of them.
 */
export interface MaskCount {
  mask: number;
  count: number;
}

/** Checks that an overlap compares 1 to `MAX_OVERLAP_RULES` segments. */
export function checkOverlapRules(rules: readonly SegmentRule[]): AudienceResult<null> {
  if (rules.length >= 1 && rules.length <= MAX_OVERLAP_RULES) return { ok: true, value: null };
  return {
    ok: false,
    issues: [
      {
        path: 'segments',
        code: 'invalid_shape',
        message: `expected 1 to ${MAX_OVERLAP_RULES} segments, got ${rules.length}`,
      },
    ],
  };
}

/**
 * Derives sizes, intersections and union from the number of profiles per membership mask,
 * which one `group by` in SQL yields. Each mask adds its count to every pair of its bits.
 */
export function overlapFromMaskCounts(
  ruleCount: number,
  maskCounts: readonly MaskCount[],
): SegmentOverlap {
  const intersections = Array.from({ length: ruleCount }, () =>
    new Array<number>(ruleCount).fill(0),
  );
  let union = 0;
  let population = 0;
  for (const { mask, count } of maskCounts) {
    population += count;
    if (mask === 0) continue;
    union += count;
    const bits = [];
    for (let i = 0; i < ruleCount; i += 1) if ((mask & (1 << i)) !== 0) bits.push(i);
    for (const i of bits) {
      const row = intersections[i]!;
      for (const j of bits) row[j] = row[j]! + count;
    }
  }
  const sizes = intersections.map((row, i) => row[i]!);
  return { sizes, intersections, union, population };
}

/**
 * The reference overlap: evaluates every rule on every profile with `matches` and counts
 * pairs directly, independently of the mask arithmetic the SQL answer goes through.
 */
export function overlapOf(
  profiles: readonly Profile[],
  rules: readonly SegmentRule[],
  context: EvaluationContext,
): AudienceResult<SegmentOverlap> {
  const checked = checkOverlapRules(rules);
  if (!checked.ok) return checked;
  const members = rules.map((rule) => profiles.map((profile) => matches(profile, rule, context)));
  const both = (i: number, j: number) =>
    profiles.filter((_, k) => members[i]![k]! && members[j]![k]!).length;
  const intersections = rules.map((_, i) => rules.map((__, j) => both(i, j)));
  return {
    ok: true,
    value: {
      sizes: intersections.map((row, i) => row[i]!),
      intersections,
      union: profiles.filter((_, k) => members.some((m) => m[k])).length,
      population: profiles.length,
    },
  };
}
