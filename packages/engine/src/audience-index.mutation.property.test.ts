import {
  compositionOf,
  indexCatalog,
  matches,
  overlapOf,
  reachOf,
  type AudienceQuestionContext,
  type Profile,
} from '@pinpoint/domain';
import {
  campaignArbitrary,
  catalogArbitrary,
  profileArbitrary,
  profilesArbitrary,
  withEventType,
} from '@pinpoint/domain/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allMembers,
  asOf,
  buildIndex,
  lookupOf,
  ruleWithReferences,
  RUNS,
  savedSegmentsArbitrary,
  SEGMENT_IDS,
  tuningArbitrary,
} from './test-support';

type Change =
  | { kind: 'upsert'; profiles: Profile[]; replace: number[] }
  | { kind: 'delete'; picks: number[]; unknown: boolean };

/**
 * A population, then a few changes: upserts of new people and of new facts for existing ids
 * (picked by position among the ids known so far), and deletes of known and unknown ids.
 */
const scenario = fc
  .tuple(catalogArbitrary(), fc.boolean())
  .map(([catalog, sent]) => (sent ? withEventType(catalog) : catalog))
  .chain((catalog) => {
    const profile = profileArbitrary(catalog, { asOf, reachableWeight: 1 });
    const change: fc.Arbitrary<Change> = fc.oneof(
      fc.record({
        kind: fc.constant('upsert' as const),
        profiles: fc.array(profile, { minLength: 1, maxLength: 4 }),
        replace: fc.array(fc.nat(), { maxLength: 4 }),
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        picks: fc.array(fc.nat(), { maxLength: 4 }),
        unknown: fc.boolean(),
      }),
    );
    return fc.record({
      catalog: fc.constant(catalog),
      profiles: profilesArbitrary(catalog, { asOf, maxLength: 20, reachableWeight: 1 }),
      saved: savedSegmentsArbitrary(catalog),
      tuning: tuningArbitrary,
      changes: fc.array(change, { minLength: 1, maxLength: 4 }),
      rule: ruleWithReferences(catalog, SEGMENT_IDS),
      key: fc.constantFrom('unknown_key', ...catalog.attributes.map((a) => a.key)),
      campaign: campaignArbitrary(SEGMENT_IDS),
    });
  });

/** Applies a change to the reference list (a map by id) and returns it as the index sees it. */
function apply(
  current: Map<string, Profile>,
  change: Change,
): { upsert?: Profile[]; delete?: string[]; deleted?: number } {
  const known = [...current.keys()];
  if (change.kind === 'upsert') {
    const profiles = change.profiles.map((p, i) => {
      const target = change.replace[i];
      return target !== undefined && known.length > 0
        ? { ...p, id: known[target % known.length]! }
        : p;
    });
    for (const p of profiles) current.set(p.id, p);
    return { upsert: profiles };
  }
  const ids = change.picks
    .map((i) => known[i % Math.max(1, known.length)])
    .filter((id) => id !== undefined);
  if (change.unknown) ids.push('00000000-0000-4000-8000-000000000000');
  let deleted = 0;
  for (const id of ids) if (current.delete(id)) deleted += 1;
  return { delete: ids, deleted };
}

describe('the audience index after upserts and deletes', () => {
  it('answers every question as the reference does on the changed population', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const index = buildIndex(s.catalog, s.profiles, s.tuning);
        const context: AudienceQuestionContext = {
          catalog: indexCatalog(s.catalog),
          segments: lookupOf(s.saved),
          asOf,
        };
        // Warm the caches before changing anything: they must not serve stale answers.
        index.count(s.rule, context);
        const current = new Map(s.profiles.map((p) => [p.id, p]));
        for (const change of s.changes) {
          const version = index.version;
          const applied = apply(current, change);
          if (applied.upsert) index.upsert(applied.upsert);
          if (applied.delete) expect(index.delete(applied.delete)).toBe(applied.deleted);
          if (applied.upsert || applied.deleted) expect(index.version).toBeGreaterThan(version);
          const profiles = [...current.values()];
          const expected = profiles
            .filter((p) => matches(p, s.rule, context))
            .map((p) => p.id)
            .sort();
          expect(allMembers(index, s.rule, context, 3)).toEqual(expected);
          expect(index.count(s.rule, context)).toBe(expected.length);
          expect(index.size()).toBe(profiles.length);
        }
        const profiles = [...current.values()];
        const rules = [s.rule, { segment: { id: 's3' } }];
        expect(index.overlap(rules, context)).toEqual(overlapOf(profiles, rules, context));
        expect(index.composition(s.rule, s.key, context)).toEqual(
          compositionOf(profiles, s.rule, s.key, context),
        );
        expect(index.reach(s.campaign, context)).toEqual(reachOf(profiles, s.campaign, context));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
