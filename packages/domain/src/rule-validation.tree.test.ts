import { describe, expect, it } from 'vitest';
import type { Issue } from './issue';
import type { SegmentDefinition } from './rule-references';
import { validateRule, type RuleValidationContext } from './rule-validation';
import type { SegmentRule } from './segment-rule';
import { TEST_CATALOG_INDEX } from './testing';

// Checks of the tree as a whole: depth and size limits, and references between segments.

function issuesOf(input: unknown, context: Partial<RuleValidationContext> = {}): Issue[] {
  const result = validateRule(input, { catalog: TEST_CATALOG_INDEX, ...context });
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.issues;
}

function onlyIssue(input: unknown, context: Partial<RuleValidationContext> = {}): Issue {
  const issues = issuesOf(input, context);
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  if (!issue) throw new Error('no issue');
  return issue;
}

const age30: SegmentRule = { attribute: { key: 'age', op: 'gte', value: 30 } };
const notTimes = (times: number, leaf: SegmentRule = age30): SegmentRule =>
  times === 0 ? leaf : { not: notTimes(times - 1, leaf) };
const lookupOf =
  (...segments: SegmentDefinition[]) =>
  (id: string) =>
    segments.find((segment) => segment.id === id);

describe('validateRule: limits', () => {
  it('accepts 32 levels and rejects 33 by default', () => {
    expect(validateRule(notTimes(31), { catalog: TEST_CATALOG_INDEX }).ok).toBe(true);
    const issue = onlyIssue(notTimes(32));
    expect(issue).toMatchObject({ path: `rule${'.not'.repeat(32)}`, code: 'too_deep' });
    expect(issue.message).toContain('deeper than 32 levels');
  });

  it('honours a custom depth limit, counting group levels too', () => {
    const limits = { maxDepth: 3 };
    expect(validateRule(notTimes(2), { catalog: TEST_CATALOG_INDEX, limits }).ok).toBe(true);
    expect(onlyIssue({ and: [{ or: [notTimes(1)] }] }, { limits })).toMatchObject({
      path: 'rule.and[0].or[0].not',
      code: 'too_deep',
    });
  });

  it('accepts 1,000 nodes and reports the 1,001st once', () => {
    const rule = (children: number) => ({ or: Array.from({ length: children }, () => age30) });
    expect(validateRule(rule(999), { catalog: TEST_CATALOG_INDEX }).ok).toBe(true);
    const issue = onlyIssue(rule(1200));
    expect(issue).toMatchObject({ path: 'rule.or[999]', code: 'too_many_nodes' });
    expect(issue.message).toContain('more than 1000 nodes');
  });

  it('honours a custom node limit', () => {
    expect(onlyIssue({ and: [age30, age30, age30] }, { limits: { maxNodes: 3 } })).toMatchObject({
      path: 'rule.and[2]',
      code: 'too_many_nodes',
    });
  });
});

describe('validateRule: segment references', () => {
  const young: SegmentDefinition = {
    id: 'young',
    name: 'Young',
    rule: { segment: { id: 'urban' } },
  };
  const urban: SegmentDefinition = {
    id: 'urban',
    name: 'Urban',
    rule: { segment: { id: 'young' } },
  };
  const plain: SegmentDefinition = { id: 'plain', name: 'Plain', rule: age30 };

  it('rejects a reference to an unknown segment, with or without a lookup', () => {
    const expected = {
      path: 'rule.segment.id',
      code: 'unknown_segment',
      message: 'unknown segment "gone"',
    };
    expect(onlyIssue({ segment: { id: 'gone' } })).toEqual(expected);
    expect(onlyIssue({ segment: { id: 'gone' } }, { segments: lookupOf(plain) })).toEqual(expected);
  });

  it('names a cycle found through the lookup by segment names', () => {
    const issue = onlyIssue(
      { and: [age30, { segment: { id: 'young' } }] },
      { segments: lookupOf(young, urban) },
    );
    expect(issue).toMatchObject({ path: 'rule.and[1].segment.id', code: 'reference_cycle' });
    expect(issue.message).toContain('"Young" → "Urban" → "Young"');
  });

  it('rejects a reference back to the segment being saved', () => {
    const self: SegmentDefinition = { id: 'self', name: 'Self', rule: age30 };
    const back: SegmentDefinition = { id: 'back', name: 'Back', rule: { segment: { id: 'self' } } };
    const segments = lookupOf(self, back);
    const direct = onlyIssue({ segment: { id: 'self' } }, { segments, selfId: 'self' });
    expect(direct).toMatchObject({ path: 'rule.segment.id', code: 'reference_cycle' });
    expect(direct.message).toContain('"Self" → "Self"');
    expect(onlyIssue({ segment: { id: 'back' } }, { segments, selfId: 'self' }).message).toContain(
      '"Self" → "Back" → "Self"',
    );
  });

  it('accepts references without a cycle, also when two paths meet', () => {
    const both: SegmentDefinition = {
      id: 'both',
      name: 'Both',
      rule: { or: [{ segment: { id: 'plain' } }, { not: { segment: { id: 'plain' } } }] },
    };
    const rule = { and: [{ segment: { id: 'both' } }, { segment: { id: 'plain' } }] };
    expect(
      validateRule(rule, {
        catalog: TEST_CATALOG_INDEX,
        segments: lookupOf(plain, both),
        selfId: 'new',
      }).ok,
    ).toBe(true);
  });
});
