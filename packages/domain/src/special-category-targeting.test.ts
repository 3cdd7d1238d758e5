import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Campaign, type CampaignPurpose } from './campaign';
import { Catalog } from './catalog';
import { matches } from './rule-evaluator';
import type { SegmentDefinition } from './rule-references';
import type { SegmentRule } from './segment-rule';
import {
  checkSpecialCategoryTargeting,
  type SpecialCategorySettings,
} from './special-category-targeting';
import { GDPR_ARTICLE_9_1, POLITICAL_ADVERTISING_ARTICLE_18_1_C } from './special-category-law';
import { profileArbitrary, TEST_CATALOG } from './testing';
import { ruleWithReferencesArbitrary } from './testing/rule-reference-arbitraries';

const GUARDRAIL_CATALOG = Catalog.parse({
  ...TEST_CATALOG,
  attributes: [
    ...TEST_CATALOG.attributes,
    {
      key: 'religion',
      label: 'Religion',
      type: 'enum',
      values: ['catholic', 'protestant', 'none'],
      sensitive: 'religious_belief',
    },
    {
      key: 'party_affinity',
      label: 'Party affinity',
      type: 'enum',
      values: ['green', 'liberal'],
      sensitive: 'political_opinion',
    },
    { key: 'political_consent', label: 'Political ads consent', type: 'boolean' },
  ],
});

const ref = (id: string): SegmentRule => ({ segment: { id } });
const consent: SegmentRule = { attribute: { key: 'political_consent', op: 'eq', value: true } };
const catholic: SegmentRule = { attribute: { key: 'religion', op: 'eq', value: 'catholic' } };
const green: SegmentRule = { attribute: { key: 'party_affinity', op: 'in', values: ['green'] } };

const SEGMENTS: Record<string, [name: string, rule: SegmentRule]> = {
  young: ['Young', { attribute: { key: 'age', op: 'lt', value: 30 } }],
  churchgoers: ['Churchgoers', catholic],
  core: [
    'Core voters',
    { and: [ref('churchgoers'), { attribute: { key: 'region', op: 'eq', value: 'BY' } }] },
  ],
  'consenting-core': ['Consenting core', { and: [consent, ref('core')] }],
  greens: ['Greens', { not: green }],
  'consenting-greens': ['Consenting greens', { and: [ref('greens'), consent] }],
  'half-consenting': ['Half consenting', { or: [{ and: [consent, catholic] }, green] }],
  'loop-a': ['Loop A', { or: [ref('loop-b'), { reachable: { channel: 'email' } }] }],
  'loop-b': ['Loop B', { and: [ref('loop-a'), catholic] }],
  dangling: ['Dangling', { and: [ref('young'), ref('gone')] }],
  typo: ['Typo', { attribute: { key: 'relgion', op: 'exists' } }],
};
const lookup = (id: string): SegmentDefinition | undefined => {
  const found = SEGMENTS[id];
  return found && { id, name: found[0], rule: found[1] };
};

const plan = (purpose: CampaignPurpose, include: string[], exclude: string[] = []) =>
  Campaign.parse({
    id: 'c1',
    name: 'Plan',
    purpose,
    includeSegmentIds: include,
    excludeSegmentIds: exclude,
    channels: [{ channel: 'email', costPerContact: 0, priority: 0 }],
  });

const strict: SpecialCategorySettings = {
  politicalConsentAttribute: 'political_consent',
  allowSensitiveCommercial: false,
};
const check = (campaign: Campaign, settings: Partial<SpecialCategorySettings> = {}) =>
  checkSpecialCategoryTargeting({
    campaign,
    segments: lookup,
    catalog: GUARDRAIL_CATALOG,
    settings: { ...strict, ...settings },
  });
const codes = (result: ReturnType<typeof check>) =>
  result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path]);

describe('checkSpecialCategoryTargeting: campaigns without special categories', () => {
  it.each<CampaignPurpose>(['political', 'commercial', 'civic'])(
    'accepts a %s campaign and asks for no audit record',
    (purpose) => {
      expect(check(plan(purpose, ['young']), { politicalConsentAttribute: null })).toEqual({
        ok: true,
        audit: null,
      });
    },
  );
});

describe('checkSpecialCategoryTargeting: political campaigns', () => {
  it('refuses a special category reached through a reference, naming it, its category, the segments and the law', () => {
    const result = check(plan('political', ['core']), { politicalConsentAttribute: null });
    expect(codes(result)).toEqual([
      ['special_category_political', 'campaign.includeSegmentIds[0]'],
      ['political_consent_not_ensured', 'settings.politicalConsentAttribute'],
    ]);
    if (result.ok) return;
    const [refusal, consentMissing] = result.issues;
    expect(refusal?.message).toBe(
      '"Religion" (religious or philosophical beliefs, a special category of personal data) is used in the included segment "Core voters" (through "Churchgoers"). ' +
        'A political campaign may not select people by it (' +
        'Regulation (EU) 2016/679 (GDPR), Art. 9(1): processing personal data that reveals racial or ethnic origin, political opinions, religious or philosophical beliefs or trade union membership, genetic or biometric data, or data concerning health, sex life or sexual orientation is prohibited unless an exception of Art. 9(2) applies; ' +
        'Regulation (EU) 2024/900 on the transparency and targeting of political advertising, Art. 18(1)(c): targeting techniques used for online political advertising must not involve profiling that uses special categories of personal data' +
        '), unless every included segment is limited to people who gave explicit, separate consent to political advertising',
    );
    expect(refusal?.use).toEqual({
      key: 'religion',
      label: 'Religion',
      category: 'religious_belief',
      segments: [
        {
          id: 'core',
          name: 'Core voters',
          role: 'include',
          path: 'campaign.includeSegmentIds[0]',
          definedIn: [{ id: 'churchgoers', name: 'Churchgoers' }],
        },
      ],
    });
    expect(refusal?.legalGrounds).toEqual([GDPR_ARTICLE_9_1, POLITICAL_ADVERTISING_ARTICLE_18_1_C]);
    expect(consentMissing?.message).toBe(
      'the workspace records no explicit, separate consent to political advertising, so no political campaign may use special categories of personal data',
    );
  });

  it('counts special categories in excluded segments, and names the included segment that lacks consent', () => {
    const result = check(plan('political', ['young'], ['greens']));
    expect(codes(result)).toEqual([
      ['special_category_political', 'campaign.excludeSegmentIds[0]'],
      ['political_consent_not_ensured', 'campaign.includeSegmentIds[0]'],
    ]);
    if (result.ok) return;
    expect(result.issues[0]?.message).toMatch(
      /^"Party affinity" \(political opinions, a special category of personal data\) is used in the excluded segment "Greens"\. /,
    );
    expect(result.issues[1]?.message).toBe(
      'segment "Young" is not limited to people who consented to political advertising: add the condition "Political ads consent" is true at its top level, or in every branch of an "or"',
    );
  });

  it('accepts an audience limited to consenting people in every included segment, with an audit record', () => {
    const result = check(plan('political', ['consenting-core', 'consenting-greens'], ['greens']));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.audit?.code).toBe('political_with_explicit_consent');
    expect(result.audit?.uses.map((use) => [use.key, use.segments.map((s) => s.id)])).toEqual([
      ['religion', ['consenting-core']],
      ['party_affinity', ['consenting-greens', 'greens']],
    ]);
    expect(result.audit?.message).toBe(
      '"Religion" (religious or philosophical beliefs, a special category of personal data) is used in the included segment "Consenting core" (through "Churchgoers"); ' +
        '"Party affinity" (political opinions, a special category of personal data) is used in the included segment "Consenting greens" (through "Greens") and the excluded segment "Greens"; ' +
        'accepted in a political campaign limited to people who gave explicit, separate consent',
    );
  });

  it('refuses when one included segment is not limited, even if another is', () => {
    const result = check(plan('political', ['consenting-core', 'half-consenting']));
    expect(codes(result)).toEqual([
      ['special_category_political', 'campaign.includeSegmentIds[0]'],
      ['special_category_political', 'campaign.includeSegmentIds[1]'],
      ['political_consent_not_ensured', 'campaign.includeSegmentIds[1]'],
    ]);
  });

  it('cannot check consent with an attribute that is not a true/false attribute of the catalog', () => {
    for (const key of ['region', 'nope']) {
      const result = check(plan('political', ['consenting-core']), {
        politicalConsentAttribute: key,
      });
      expect(codes(result)).toContainEqual([
        'political_consent_not_ensured',
        'settings.politicalConsentAttribute',
      ]);
    }
  });

  it('is not swayed by allowSensitiveCommercial', () => {
    const result = check(plan('political', ['core']), { allowSensitiveCommercial: true });
    expect(result.ok).toBe(false);
  });
});

describe('checkSpecialCategoryTargeting: commercial and civic campaigns', () => {
  it.each<CampaignPurpose>(['commercial', 'civic'])(
    'refuses a %s campaign unless the workspace allows it, citing GDPR Art. 9(1)',
    (purpose) => {
      const result = check(plan(purpose, ['young'], ['churchgoers']));
      expect(codes(result)).toEqual([
        ['special_category_not_allowed', 'campaign.excludeSegmentIds[0]'],
      ]);
      if (result.ok) return;
      expect(result.issues[0]?.legalGrounds).toEqual([GDPR_ARTICLE_9_1]);
      expect(result.issues[0]?.message).toContain(
        `This workspace does not allow ${purpose} campaigns to select people by special categories (Regulation (EU) 2016/679 (GDPR), Art. 9(1): `,
      );
    },
  );

  it.each<CampaignPurpose>(['commercial', 'civic'])(
    'accepts a %s campaign when allowed, listing every attribute to log',
    (purpose) => {
      const result = check(plan(purpose, ['core'], ['greens']), { allowSensitiveCommercial: true });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.audit?.code).toBe('sensitive_commercial_allowed');
      expect(result.audit?.uses.map((use) => [use.key, use.category])).toEqual([
        ['religion', 'religious_belief'],
        ['party_affinity', 'political_opinion'],
      ]);
      expect(result.audit?.message).toMatch(
        /; accepted under the workspace permission for sensitive commercial targeting$/,
      );
    },
  );
});

describe('checkSpecialCategoryTargeting: what cannot be seen is refused', () => {
  it('follows a reference cycle once and still finds the attribute', () => {
    const result = check(plan('commercial', ['loop-a']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.use?.segments[0]?.definedIn).toEqual([
      { id: 'loop-b', name: 'Loop B' },
    ]);
  });

  it('refuses unknown segments, at the top or further down, even for a clean campaign', () => {
    expect(codes(check(plan('commercial', ['gone', 'dangling'])))).toEqual([
      ['unknown_segment', 'campaign.includeSegmentIds[0]'],
      ['unknown_segment', 'campaign.includeSegmentIds[1]'],
    ]);
    const result = check(plan('commercial', ['dangling']));
    expect(!result.ok && result.issues[0]?.message).toBe(
      'segment "Dangling" refers to unknown segment "gone"',
    );
  });

  it('refuses attributes the catalog lacks, whose category is unknown', () => {
    const result = check(plan('commercial', ['typo']), { allowSensitiveCommercial: true });
    expect(codes(result)).toEqual([['unknown_attribute', 'campaign.includeSegmentIds[0]']]);
  });
});

describe('checkSpecialCategoryTargeting against the evaluator', () => {
  const asOf = new Date('2024-06-15T12:00:00.000Z');
  const generated = (segmentIds: string[]) =>
    ruleWithReferencesArbitrary(GUARDRAIL_CATALOG, {
      segmentIds,
      extraLeaves: [fc.constant(consent), fc.constant(consent)],
      maxDepth: 3,
    });
  const scenario = fc.record({
    first: generated(['churchgoers', 'young']),
    second: generated(['first', 'consenting-core']),
    include: fc.subarray(['first', 'second'], { minLength: 1 }),
    exclude: fc.subarray(['greens', 'young']),
    profile: profileArbitrary(GUARDRAIL_CATALOG, { asOf }),
  });

  /** The rule with every reference replaced by the referenced rule (the scenario has no cycles). */
  const inline = (rule: SegmentRule, find: typeof lookup): SegmentRule => {
    if ('and' in rule) return { and: rule.and.map((child) => inline(child, find)) };
    if ('or' in rule) return { or: rule.or.map((child) => inline(child, find)) };
    if ('not' in rule) return { not: inline(rule.not, find) };
    if ('segment' in rule) return inline(find(rule.segment.id)!.rule, find);
    return rule;
  };

  it('accepts a political plan with special categories only when its whole audience consented, and never refuses a clean one', () => {
    let acceptedSensitive = 0;
    fc.assert(
      fc.property(scenario, ({ first, second, include, exclude, profile }) => {
        const find = (id: string) =>
          id === 'first'
            ? { id, name: 'First', rule: first }
            : id === 'second'
              ? { id, name: 'Second', rule: second }
              : lookup(id);
        const campaign = plan('political', include, exclude);
        const result = checkSpecialCategoryTargeting({
          campaign,
          segments: find,
          catalog: GUARDRAIL_CATALOG,
          settings: strict,
        });
        const everything = JSON.stringify(
          [...include, ...exclude].map((id) => inline(find(id)!.rule, find)),
        );
        const sensitive = /"key":"(religion|party_affinity)"/.test(everything);
        if (!sensitive) {
          expect(result).toEqual({ ok: true, audit: null });
          return;
        }
        if (!result.ok) return;
        acceptedSensitive += 1;
        expect(result.audit?.code).toBe('political_with_explicit_consent');
        const audience = { or: include.map((id) => ({ segment: { id } })) };
        if (matches(profile, audience, { asOf, segments: find })) {
          expect(profile.attributes.political_consent).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    expect(acceptedSensitive).toBeGreaterThan(20);
  });
});
