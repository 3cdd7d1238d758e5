import {
  compositionOf,
  DAY_MS,
  indexCatalog,
  matches,
  overlapOf,
  reachOf,
  type AudienceQuestionContext,
  type Catalog,
  type CompositionOptions,
  type SegmentRule,
} from '@pinpoint/domain';
import {
  campaignArbitrary,
  catalogArbitrary,
  moneyArbitrary,
  numberArbitrary,
  profilesArbitrary,
  WINDOW_DAYS,
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
  withCopies,
} from './test-support';

/** A catalog (with `sent` events 3 times in 4), profiles, saved segments and layout caps. */
const world = fc
  .tuple(catalogArbitrary(), fc.integer({ min: 0, max: 3 }))
  .map(([catalog, sent]) => (sent > 0 ? withEventType(catalog) : catalog))
  .chain((catalog) =>
    fc.record({
      catalog: fc.constant(catalog),
      profiles: fc
        .tuple(
          profilesArbitrary(catalog, { asOf, maxLength: 30, reachableWeight: 1 }),
          fc.constantFrom(1, 1, 2, 5),
        )
        .map(([profiles, copies]) => withCopies(profiles, copies)),
      saved: savedSegmentsArbitrary(catalog),
      tuning: tuningArbitrary,
    }),
  );

const contextOf = (catalog: Catalog, saved: Parameters<typeof lookupOf>[0]) =>
  ({ catalog: indexCatalog(catalog), segments: lookupOf(saved), asOf }) as AudienceQuestionContext;

/** An attribute of the catalog (or one it lacks) and options that fit its type. */
function compositionRequest(catalog: Catalog): fc.Arbitrary<[string, CompositionOptions]> {
  const keys = catalog.attributes.map((a) => a.key);
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('unknown_key');
  const edges = fc
    .uniqueArray(numberArbitrary(), { minLength: 2, maxLength: 6 })
    .map((e) => e.sort((a, b) => a - b));
  return key.chain((k) => {
    const type = catalog.attributes.find((a) => a.key === k)?.type;
    if (type === 'number')
      return fc.tuple(
        fc.constant(k),
        fc.option(edges, { nil: undefined }).map((e) => (e ? { edges: e } : {})),
      );
    if (type === 'string')
      return fc.tuple(
        fc.constant(k),
        fc.integer({ min: 1, max: 4 }).map((topValues) => ({ topValues })),
      );
    return fc.tuple(fc.constant(k), fc.constant({}));
  });
}

describe('the audience index agrees with the reference semantics', () => {
  it('selects the same members, page by page in id order, and counts them alike', () => {
    const scenario = world.chain((w) =>
      fc.record({
        w: fc.constant(w),
        rules: fc.array(ruleWithReferences(w.catalog, SEGMENT_IDS), { minLength: 1, maxLength: 4 }),
        limit: fc.integer({ min: 1, max: 7 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ w, rules, limit }) => {
        const index = buildIndex(w.catalog, w.profiles, w.tuning);
        const context = contextOf(w.catalog, w.saved);
        for (const rule of rules) {
          const expected = w.profiles
            .filter((p) => matches(p, rule, context))
            .map((p) => p.id)
            .sort();
          expect(allMembers(index, rule, context, limit)).toEqual(expected);
          expect(index.count(rule, context)).toBe(expected.length);
        }
        // Every event type, window and kind of bound, at `asOf` (some events lie after it)
        // and two days later (none do, so "at least one" and "none" take the recency index).
        const later = { ...context, asOf: new Date(asOf.getTime() + 2 * DAY_MS) };
        const bounds = [{ atLeast: 1 }, { atMost: 0 }, { atMost: 1 }, { atLeast: 2, atMost: 3 }];
        for (const at of [context, later]) {
          for (const { key: type } of w.catalog.eventTypes) {
            for (const withinDays of WINDOW_DAYS) {
              for (const bound of bounds) {
                const rule: SegmentRule = { event: { type, withinDays, ...bound } };
                const expected = w.profiles.filter((p) => matches(p, rule, at)).length;
                expect(index.count(rule, at)).toBe(expected);
              }
            }
          }
        }
        const everyone = w.profiles.map((p) => p.id).sort();
        expect(allMembers(index, null, context, limit)).toEqual(everyone);
        expect(index.size()).toBe(everyone.length);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('computes the same overlaps', () => {
    const scenario = world.chain((w) =>
      fc.record({
        w: fc.constant(w),
        rules: fc.array(ruleWithReferences(w.catalog, SEGMENT_IDS), { minLength: 1, maxLength: 5 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ w, rules }) => {
        const index = buildIndex(w.catalog, w.profiles, w.tuning);
        const context = contextOf(w.catalog, w.saved);
        expect(index.overlap(rules, context)).toEqual(overlapOf(w.profiles, rules, context));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('computes the same compositions', () => {
    const scenario = world.chain((w) =>
      fc.record({
        w: fc.constant(w),
        rule: fc.option(ruleWithReferences(w.catalog, SEGMENT_IDS), { nil: null }),
        request: compositionRequest(w.catalog),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ w, rule, request: [key, options] }) => {
        const index = buildIndex(w.catalog, w.profiles, w.tuning);
        const context = contextOf(w.catalog, w.saved);
        expect(index.composition(rule, key, context, options)).toEqual(
          compositionOf(w.profiles, rule, key, context, options),
        );
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('estimates the same reach', () => {
    const scenario = world.chain((w) =>
      fc.record({
        w: fc.constant(w),
        campaign: campaignArbitrary(SEGMENT_IDS),
        budget: fc.option(moneyArbitrary(300), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ w, campaign, budget }) => {
        const index = buildIndex(w.catalog, w.profiles, w.tuning);
        const context = contextOf(w.catalog, w.saved);
        const options = budget === undefined ? {} : { budget };
        expect(index.reach(campaign, context, options)).toEqual(
          reachOf(w.profiles, campaign, context, options),
        );
        // Asked again, from the cached holdout draws and segment bitsets.
        expect(index.reach(campaign, context, options)).toEqual(
          reachOf(w.profiles, campaign, context, options),
        );
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
