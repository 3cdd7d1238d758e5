import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Catalog } from './catalog';
import { matches } from './rule-evaluator';
import type { SegmentDefinition } from './rule-references';
import { ruleImpliesAttributeEquals } from './rule-implication';
import type { SegmentRule } from './segment-rule';
import { profileArbitrary, TEST_CATALOG } from './testing';
import { ruleWithReferencesArbitrary } from './testing/rule-reference-arbitraries';

const CONSENT = 'political_consent';
const consent: SegmentRule = { attribute: { key: CONSENT, op: 'eq', value: true } };
const adult: SegmentRule = { attribute: { key: 'age', op: 'gte', value: 18 } };
const ref = (id: string): SegmentRule => ({ segment: { id } });

const saved: Record<string, SegmentRule> = {
  consenting: { and: [adult, consent] },
  either: { or: [consent, adult] },
  nested: { and: [{ reachable: { channel: 'email' } }, ref('consenting')] },
  'loop-a': ref('loop-b'),
  'loop-b': { and: [ref('loop-a'), adult] },
};
const lookup = (id: string): SegmentDefinition | undefined => {
  const rule = saved[id];
  return rule && { id, name: id, rule };
};
const implies = (rule: SegmentRule) => ruleImpliesAttributeEquals(rule, CONSENT, true, lookup);

describe('ruleImpliesAttributeEquals', () => {
  it.each<[string, SegmentRule, boolean]>([
    ['the condition itself', consent, true],
    [
      'the same key with another value',
      { attribute: { key: CONSENT, op: 'eq', value: false } },
      false,
    ],
    ['another key', adult, false],
    [
      'an equivalent condition of another shape (refused, conservatively)',
      { attribute: { key: CONSENT, op: 'neq', value: false } },
      false,
    ],
    ['an and with the condition among its children', { and: [adult, consent] }, true],
    ['an and with the condition deeper, in an and', { and: [adult, { and: [consent] }] }, true],
    [
      'an and whose only mention is in one branch of an or',
      { and: [adult, { or: [consent, adult] }] },
      false,
    ],
    ['an or where every branch implies it', { or: [consent, { and: [consent, adult] }] }, true],
    ['an or where one branch does not', { or: [consent, adult] }, false],
    ['a not, even of a not', { not: { not: consent } }, false],
    ['an empty or', { or: [] }, false],
    ['an empty and', { and: [] }, false],
    ['a reference to a consenting segment', ref('consenting'), true],
    ['a reference through a reference', { or: [ref('nested'), consent] }, true],
    ['a reference to a segment that is not limited', ref('either'), false],
    ['a reference to an unknown segment', ref('gone'), false],
    ['a reference cycle (no throw)', ref('loop-a'), false],
  ])('%s', (_, rule, expected) => expect(implies(rule)).toBe(expected));

  it('does not follow references without a lookup', () => {
    expect(ruleImpliesAttributeEquals(ref('consenting'), CONSENT, true, undefined)).toBe(false);
  });

  it('compares the value exactly, whatever its type', () => {
    const region: SegmentRule = { attribute: { key: 'region', op: 'eq', value: 'BY' } };
    expect(ruleImpliesAttributeEquals(region, 'region', 'BY', undefined)).toBe(true);
    expect(ruleImpliesAttributeEquals(region, 'region', 'BE', undefined)).toBe(false);
  });
});

describe('ruleImpliesAttributeEquals against the evaluator', () => {
  const asOf = new Date('2024-06-15T12:00:00.000Z');
  const catalog = Catalog.parse({
    ...TEST_CATALOG,
    attributes: [...TEST_CATALOG.attributes, { key: CONSENT, label: 'Consent', type: 'boolean' }],
  });
  const acyclic = ['consenting', 'either', 'nested'];
  // The exact condition is drawn often, or "implies" would almost never be true.
  const rules = ruleWithReferencesArbitrary(catalog, {
    segmentIds: acyclic,
    extraLeaves: [fc.constant(consent), fc.constant(consent)],
    maxDepth: 4,
  });
  const profiles = profileArbitrary(catalog, { asOf });

  it('when it says "implies", every matching profile has the attribute set to the value', () => {
    let implied = 0;
    let impliedAndMatched = 0;
    fc.assert(
      fc.property(rules, profiles, (rule, profile) => {
        if (!implies(rule)) return;
        implied += 1;
        if (!matches(profile, rule, { asOf, segments: lookup })) return;
        impliedAndMatched += 1;
        expect(profile.attributes[CONSENT]).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // The property is only worth something if it was exercised often.
    expect(implied).toBeGreaterThan(200);
    expect(impliedAndMatched).toBeGreaterThan(50);
  });
});
