import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from './event-window';
import { indexCatalog } from './catalog';
import { validateProfileFacts, type Profile } from './profile';
import { profileIdFor } from './profile-id';
import { matches } from './rule-evaluator';
import { validateRule } from './rule-validation';
import type { AttributeOperator, SegmentRule } from './segment-rule';
import {
  attributeConditionArbitrary,
  catalogArbitrary,
  profileArbitrary,
  profilesArbitrary,
  ruleArbitrary,
  TEST_CATALOG,
  TEST_CATALOG_INDEX,
  WINDOW_DAYS,
} from './testing';

const asOf = new Date('2024-06-15T12:00:00.000Z');
const profiles = profileArbitrary(TEST_CATALOG, { asOf });
const rules = ruleArbitrary(TEST_CATALOG);
const is = (profile: Profile, rule: SegmentRule) => matches(profile, rule, { asOf });
const runs = { numRuns: 300 };

type RulePair = [SegmentRule, SegmentRule];
const pair = (left: SegmentRule, right: SegmentRule): RulePair => [left, right];

/** Checks that two rules select the same profiles. */
function equivalent(pairs: fc.Arbitrary<RulePair>): fc.IPropertyWithHooks<[RulePair, Profile]> {
  return fc.property(pairs, profiles, ([left, right], profile) => {
    expect(is(profile, left)).toBe(is(profile, right));
  });
}

const conditionsWith = (ops: AttributeOperator[]) =>
  fc
    .constantFrom(...TEST_CATALOG.attributes)
    .filter((definition) => definition.type !== 'boolean' || ops.includes('eq'))
    .chain((definition) => attributeConditionArbitrary(definition, ops));

describe('generated data', () => {
  it('produces rules that pass validation unchanged', () => {
    fc.assert(
      fc.property(rules, (rule) => {
        expect(validateRule(rule, { catalog: TEST_CATALOG_INDEX })).toEqual({ ok: true, rule });
      }),
      runs,
    );
  });

  it('produces profiles whose facts fit the catalog and hold no blank address', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        expect(validateProfileFacts(profile, TEST_CATALOG_INDEX)).toEqual([]);
        for (const { address } of profile.channels) {
          expect(address === null || address.trim() === address).toBe(true);
          expect(address).not.toBe('');
        }
      }),
      runs,
    );
  });

  it('derives profile ids from the external id in the chosen workspace, distinct in lists', () => {
    const lists = profilesArbitrary(TEST_CATALOG, { asOf, workspaceId: 'acme', maxLength: 8 });
    fc.assert(
      fc.property(lists, (list) => {
        for (const p of list) expect(p.id).toBe(profileIdFor(p.externalId, 'acme'));
        expect(new Set(list.map((p) => p.id)).size).toBe(list.length);
      }),
    );
  });

  it('produces valid rules and profiles for random catalogs too', () => {
    const perCatalog = catalogArbitrary().chain((catalog) =>
      fc.tuple(fc.constant(catalog), ruleArbitrary(catalog), profileArbitrary(catalog, { asOf })),
    );
    fc.assert(
      fc.property(perCatalog, ([catalog, rule, profile]) => {
        const index = indexCatalog(catalog);
        expect(validateRule(rule, { catalog: index }).ok).toBe(true);
        expect(validateProfileFacts(profile, index)).toEqual([]);
      }),
    );
  });
});

describe('two-valued logic', () => {
  it('and is true when every child is, or when at least one is', () => {
    const children = fc.array(rules, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(children, profiles, (list, profile) => {
        const each = list.map((rule) => is(profile, rule));
        expect(is(profile, { and: list })).toBe(each.every(Boolean));
        expect(is(profile, { or: list })).toBe(each.some(Boolean));
      }),
      runs,
    );
  });

  it('not(not r) selects the same profiles as r', () => {
    fc.assert(equivalent(rules.map((r) => pair({ not: { not: r } }, r))), runs);
  });

  it('not(and[a, b]) selects the same profiles as or[not a, not b]', () => {
    const pairs = fc
      .tuple(rules, rules)
      .map(([a, b]) => pair({ not: { and: [a, b] } }, { or: [{ not: a }, { not: b }] }));
    fc.assert(equivalent(pairs), runs);
  });

  it('not(or[a, b]) selects the same profiles as and[not a, not b]', () => {
    const pairs = fc
      .tuple(rules, rules)
      .map(([a, b]) => pair({ not: { or: [a, b] } }, { and: [{ not: a }, { not: b }] }));
    fc.assert(equivalent(pairs), runs);
  });

  it('or[r, not r] selects everyone and and[r, not r] no one', () => {
    fc.assert(
      fc.property(rules, profiles, (rule, profile) => {
        expect(is(profile, { or: [rule, { not: rule }] })).toBe(true);
        expect(is(profile, { and: [rule, { not: rule }] })).toBe(false);
      }),
      runs,
    );
  });

  it('and / or do not depend on the order of their children', () => {
    const pairs = fc
      .tuple(rules, rules)
      .chain(([a, b]) =>
        fc.constantFrom(
          pair({ and: [a, b] }, { and: [b, a] }),
          pair({ or: [a, b] }, { or: [b, a] }),
        ),
      );
    fc.assert(equivalent(pairs), runs);
  });
});

describe('missing values', () => {
  it('neq is exists and not eq', () => {
    const pairs = conditionsWith(['eq']).map((eq) => {
      if (eq.op !== 'eq') throw new Error(`expected an eq condition, got ${eq.op}`);
      const exists: SegmentRule = { attribute: { key: eq.key, op: 'exists' } };
      const neq: SegmentRule = { attribute: { key: eq.key, op: 'neq', value: eq.value } };
      return pair(neq, { and: [exists, { not: { attribute: eq } }] });
    });
    fc.assert(equivalent(pairs), runs);
  });

  it('notIn is exists and not in', () => {
    const pairs = conditionsWith(['in']).map((inList) => {
      if (inList.op !== 'in') throw new Error(`expected an in condition, got ${inList.op}`);
      const exists: SegmentRule = { attribute: { key: inList.key, op: 'exists' } };
      const notIn: SegmentRule = {
        attribute: { key: inList.key, op: 'notIn', values: inList.values },
      };
      return pair(notIn, { and: [exists, { not: { attribute: inList } }] });
    });
    fc.assert(equivalent(pairs), runs);
  });

  it('exactly one of exists and missing holds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEST_CATALOG.attributes), profiles, ({ key }, profile) => {
        const exists = is(profile, { attribute: { key, op: 'exists' } });
        expect(is(profile, { attribute: { key, op: 'missing' } })).toBe(!exists);
        expect(exists).toBe(profile.attributes[key] !== undefined);
      }),
      runs,
    );
  });

  it('a comparison and its negation are both false when the value is missing', () => {
    fc.assert(
      fc.property(
        conditionsWith(['eq', 'in', 'lt', 'gte', 'between', 'contains']),
        profiles,
        (attribute, profile) => {
          if (profile.attributes[attribute.key] !== undefined) return;
          expect(is(profile, { attribute })).toBe(false);
          expect(is(profile, { not: { attribute } })).toBe(true);
        },
      ),
      runs,
    );
  });
});

describe('event windows', () => {
  const events = fc.record({
    type: fc.constantFrom('visit', 'purchase'),
    withinDays: fc.constantFrom(...WINDOW_DAYS),
    k: fc.integer({ min: 0, max: 3 }),
  });

  it('atLeast k is true exactly when k events lie in (asOf − d days, asOf]', () => {
    fc.assert(
      fc.property(events, profiles, ({ type, withinDays, k }, profile) => {
        const inside = profile.events.filter((e) => {
          const age = asOf.getTime() - e.occurredAt.getTime();
          return e.type === type && age >= 0 && age < withinDays * DAY_MS;
        });
        expect(is(profile, { event: { type, withinDays, atLeast: k } })).toBe(inside.length >= k);
      }),
      runs,
    );
  });

  it('atMost k is the complement of atLeast k + 1', () => {
    const pairs = events.map(({ type, withinDays, k }) => {
      const atMost: SegmentRule = { event: { type, withinDays, atMost: k } };
      return pair(atMost, { not: { event: { type, withinDays, atLeast: k + 1 } } });
    });
    fc.assert(equivalent(pairs), runs);
  });
});

describe('segment references', () => {
  it('a reference selects the same profiles as the rule it names', () => {
    fc.assert(
      fc.property(rules, profiles, (rule, profile) => {
        const segments = () => ({ id: 's1', name: 'Saved', rule });
        expect(matches(profile, { segment: { id: 's1' } }, { asOf, segments })).toBe(
          is(profile, rule),
        );
      }),
      runs,
    );
  });
});
