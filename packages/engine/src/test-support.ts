/**
 * Shared pieces of the engine's tests: building an index from a profile list, saved segments
 * that reference each other, and paging through all members. Not exported by the package.
 */
import {
  profileIdFor,
  type Catalog,
  type EvaluationContext,
  type Profile,
  type SegmentDefinition,
  type SegmentRule,
} from '@pinpoint/domain';
import { ruleArbitrary } from '@pinpoint/domain/testing';
import fc from 'fast-check';
import type { AudienceIndex } from './audience-index';
import { AudienceIndexBuilder } from './index-builder';
import type { LayoutTuning } from './layouts';

/** Property runs per test; PROPERTY_RUNS overrides, as in the other packages. */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);

/** The instant test profiles' events cluster around. */
export const asOf = new Date('2026-03-01T10:00:00.000Z');

/** Ids of the saved segments of `savedSegmentsArbitrary`. */
export const SEGMENT_IDS = ['s0', 's1', 's2', 's3'];

/** No caps, or caps so small that ranges go through bins and texts through code scans. */
export const tuningArbitrary: fc.Arbitrary<LayoutTuning | undefined> = fc.constantFrom(
  undefined,
  { maxCuts: 1, perCodeLimit: 0 },
  { maxCuts: 2, perCodeLimit: 2 },
  { maxCuts: 4, perCodeLimit: 3 },
);

/**
 * The profiles, each repeated `copies` times under new ids: populations beyond one 32-row
 * word, so that word boundaries, bins and lanes are crossed, at the cost of one generated
 * profile per person.
 */
export function withCopies(profiles: readonly Profile[], copies: number): Profile[] {
  return profiles.flatMap((profile) =>
    Array.from({ length: copies }, (_, k) =>
      k === 0 ? profile : { ...profile, id: profileIdFor(`${profile.externalId}#${k}`) },
    ),
  );
}

/** An index of `profiles`, added in id order as the builder requires. */
export function buildIndex(
  catalog: Catalog,
  profiles: readonly Profile[],
  tuning?: LayoutTuning,
): AudienceIndex {
  const builder = new AudienceIndexBuilder(catalog, { tuning });
  for (const profile of [...profiles].sort((a, b) => (a.id < b.id ? -1 : 1))) builder.add(profile);
  return builder.build();
}

/** Rules that may also reference the saved segments `ids` (inside `and`, `or` or `not`). */
export function ruleWithReferences(
  catalog: Catalog,
  ids: readonly string[],
): fc.Arbitrary<SegmentRule> {
  const rule = ruleArbitrary(catalog, { maxDepth: 3 });
  if (ids.length === 0) return rule;
  const reference = fc.constantFrom(...ids).map((id): SegmentRule => ({ segment: { id } }));
  return fc.oneof(
    { weight: 3, arbitrary: rule },
    fc.tuple(rule, reference).map(([r, s]): SegmentRule => ({ and: [r, s] })),
    fc.tuple(rule, reference).map(([r, s]): SegmentRule => ({ or: [s, r] })),
    reference.map((s): SegmentRule => ({ not: s })),
    reference,
  );
}

/** Four saved segments; each may reference the ones before it (never a cycle). */
export function savedSegmentsArbitrary(catalog: Catalog): fc.Arbitrary<SegmentDefinition[]> {
  const rules = SEGMENT_IDS.map((_, i) => ruleWithReferences(catalog, SEGMENT_IDS.slice(0, i)));
  return fc
    .tuple(...rules)
    .map((list) => list.map((rule, i) => ({ id: SEGMENT_IDS[i]!, name: `saved ${i}`, rule })));
}

/** A lookup over saved segments. */
export function lookupOf(saved: readonly SegmentDefinition[]) {
  const byId = new Map(saved.map((segment) => [segment.id, segment]));
  return (id: string) => byId.get(id);
}

/** Every member id, page after page of `limit`. */
export function allMembers(
  index: AudienceIndex,
  rule: SegmentRule | null,
  context: EvaluationContext,
  limit: number,
): string[] {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 10_000; pages += 1) {
    const page = index.members(rule, context, { limit, cursor });
    ids.push(...page.ids);
    if (page.nextCursor === null) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('members never ended');
}
