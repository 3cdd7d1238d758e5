import { describe, expect, it } from 'vitest';
import type { Issue } from './issue';
import type { SegmentDefinition } from './rule-references';
import { validateRule, type RuleValidationContext } from './rule-validation';
import type { SegmentRule } from './segment-rule';
import { TEST_CATALOG_INDEX } from './testing';

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
const lookupOf =
  (...segments: SegmentDefinition[]) =>
  (id: string) =>
    segments.find((segment) => segment.id === id);

describe('validateRule: shape', () => {
  it.each([null, 42, 'age > 30', [age30]])('rejects %j, which is not an object', (input) => {
    const issue = onlyIssue(input);
    expect(issue).toMatchObject({ path: 'rule', code: 'invalid_shape' });
    expect(issue.message).toContain('expected an object with exactly one of: and, or, not');
  });

  it('rejects an object without keys', () => {
    const issue = onlyIssue({ and: [age30, {}] });
    expect(issue).toMatchObject({ path: 'rule.and[1]', code: 'invalid_shape' });
    expect(issue.message).toContain('found an empty object');
  });

  it.each([
    [{ ...age30, reachable: { channel: 'email' } }, 'found keys attribute, reachable'],
    [{ ...age30, note: 'adults only' }, 'found keys attribute, note'],
  ])('rejects %j, an object with two keys', (input, found) => {
    const issue = onlyIssue(input);
    expect(issue).toMatchObject({ path: 'rule', code: 'invalid_shape' });
    expect(issue.message).toContain(found);
  });

  it('rejects a group whose body is not a list', () => {
    expect(onlyIssue({ or: age30 })).toMatchObject({ path: 'rule.or', code: 'invalid_shape' });
  });

  it('rejects an unknown operator by name', () => {
    const issue = onlyIssue({ attribute: { key: 'city', op: 'like', value: 'Ber%' } });
    expect(issue).toMatchObject({ path: 'rule.attribute.op', code: 'invalid_shape' });
    expect(issue.message).toContain('unknown operator "like"');
  });

  it('rejects unexpected keys inside a condition', () => {
    const issue = onlyIssue({ interest: { topic: 'cycling', minAffinity: 0.5, maxAffinity: 1 } });
    expect(issue).toMatchObject({ path: 'rule.interest', code: 'invalid_shape' });
    expect(issue.message).toContain('maxAffinity');
  });
});

describe('validateRule: catalog', () => {
  it.each([
    [
      { attribute: { key: 'income', op: 'exists' } },
      'rule.attribute.key',
      'unknown_attribute',
      'unknown attribute "income"',
    ],
    [
      { interest: { topic: 'golf', minAffinity: 0.5 } },
      'rule.interest.topic',
      'unknown_interest',
      'unknown interest "golf"',
    ],
    [
      { event: { type: 'donation', withinDays: 30, atLeast: 1 } },
      'rule.event.type',
      'unknown_event_type',
      'unknown event type "donation"',
    ],
    [
      { score: { model: 'ltv', op: 'gt', value: 0.5 } },
      'rule.score.model',
      'unknown_score_model',
      'unknown score model "ltv"',
    ],
  ])('rejects %j', (input, path, code, message) => {
    expect(onlyIssue(input)).toEqual({ path, code, message });
  });

  it('names the exact path of a value of the wrong type', () => {
    const rule = {
      and: [
        age30,
        { reachable: { channel: 'sms' } },
        { attribute: { key: 'age', op: 'eq', value: '30' } },
      ],
    };
    expect(onlyIssue(rule)).toEqual({
      path: 'rule.and[2].attribute.value',
      code: 'type_mismatch',
      message: 'expected a number for attribute "age"',
    });
  });

  it.each([
    [{ key: 'member', op: 'eq', value: 'true' }, 'rule.attribute.value', 'expected true or false'],
    [{ key: 'city', op: 'neq', value: 5 }, 'rule.attribute.value', 'expected a text'],
    [{ key: 'region', op: 'eq', value: 1 }, 'rule.attribute.value', 'expected one of the values'],
    [
      { key: 'joined_on', op: 'lt', value: 20200101 },
      'rule.attribute.value',
      'expected a date written YYYY-MM-DD',
    ],
    [{ key: 'age', op: 'in', values: [18, '21'] }, 'rule.attribute.values[1]', 'expected a number'],
    [{ key: 'age', op: 'between', min: '18', max: 30 }, 'rule.attribute.min', 'expected a number'],
  ])('rejects %j as a type mismatch', (attribute, path, message) => {
    const issue = onlyIssue({ attribute });
    expect(issue).toMatchObject({ path, code: 'type_mismatch' });
    expect(issue.message).toContain(message);
  });

  it.each([
    '2023-02-30',
    '2023-02-29',
    '2023-13-01',
    '2023-00-10',
    '2023-1-05',
    '23-01-05',
    '2023-01-05T00:00',
  ])('rejects the invalid date %s', (value) => {
    const issue = onlyIssue({ attribute: { key: 'joined_on', op: 'eq', value } });
    expect(issue).toMatchObject({ path: 'rule.attribute.value', code: 'type_mismatch' });
  });

  it('accepts a leap day in a leap year', () => {
    const rule = { attribute: { key: 'joined_on', op: 'eq', value: '2024-02-29' } };
    expect(validateRule(rule, { catalog: TEST_CATALOG_INDEX }).ok).toBe(true);
  });

  it('rejects an enum value that is not allowed and lists the allowed ones', () => {
    const issue = onlyIssue({ attribute: { key: 'region', op: 'in', values: ['BY', 'XX'] } });
    expect(issue).toMatchObject({ path: 'rule.attribute.values[1]', code: 'value_not_allowed' });
    expect(issue.message).toContain('"XX"');
    expect(issue.message).toContain('allowed: BY, BE, HH, NW');
  });

  it.each([
    [{ key: 'age', op: 'contains', value: '3' }, 'number'],
    [{ key: 'city', op: 'lt', value: 'M' }, 'string'],
    [{ key: 'region', op: 'startsWith', value: 'B' }, 'enum'],
    [{ key: 'member', op: 'in', values: [1] }, 'boolean'],
    [{ key: 'joined_on', op: 'contains', value: '2024' }, 'date'],
  ])('rejects %j, an operator the attribute type does not support', (attribute, type) => {
    const issue = onlyIssue({ attribute });
    expect(issue).toMatchObject({ path: 'rule.attribute.op', code: 'operator_not_supported' });
    expect(issue.message).toContain(`does not apply to ${type} attribute "${attribute.key}"`);
  });
});

describe('validateRule: ranges and groups', () => {
  it('rejects between with min > max, for numbers and dates', () => {
    expect(onlyIssue({ attribute: { key: 'age', op: 'between', min: 40, max: 30 } })).toEqual({
      path: 'rule.attribute.max',
      code: 'invalid_range',
      message: 'expected max ≥ min (40)',
    });
    const dates = { key: 'joined_on', op: 'between', min: '2024-01-02', max: '2024-01-01' };
    expect(onlyIssue({ attribute: dates })).toMatchObject({
      path: 'rule.attribute.max',
      code: 'invalid_range',
    });
  });

  it('accepts between with min = max', () => {
    const rule = { attribute: { key: 'age', op: 'between', min: 30, max: 30 } };
    expect(validateRule(rule, { catalog: TEST_CATALOG_INDEX }).ok).toBe(true);
  });

  it('rejects an event condition with atLeast > atMost', () => {
    const issue = onlyIssue({ event: { type: 'visit', withinDays: 7, atLeast: 3, atMost: 2 } });
    expect(issue).toMatchObject({ path: 'rule.event.atMost', code: 'invalid_range' });
    expect(issue.message).toContain('atMost ≥ atLeast (3)');
  });

  it('rejects empty and / or groups', () => {
    expect(onlyIssue({ and: [] })).toEqual({
      path: 'rule.and',
      code: 'empty_group',
      message: '"and" needs at least one rule',
    });
    expect(onlyIssue({ not: { or: [] } })).toEqual({
      path: 'rule.not.or',
      code: 'empty_group',
      message: '"or" needs at least one rule',
    });
  });
});

describe('validateRule: results', () => {
  it('reports every problem at once, in tree order', () => {
    const rule = {
      or: [
        { attribute: { key: 'income', op: 'gt', value: 1 } },
        { and: [] },
        { not: { attribute: { key: 'region', op: 'eq', value: 'XX' } } },
        { score: { model: 'churn', op: 'gt', value: 2 } },
      ],
    };
    expect(issuesOf(rule).map(({ path, code }) => [path, code])).toEqual([
      ['rule.or[0].attribute.key', 'unknown_attribute'],
      ['rule.or[1].and', 'empty_group'],
      ['rule.or[2].not.attribute.value', 'value_not_allowed'],
      ['rule.or[3].score.value', 'invalid_shape'],
    ]);
  });

  it('prefixes paths with the given base path', () => {
    const result = validateRule({ and: [] }, { catalog: TEST_CATALOG_INDEX }, 'segment.rule');
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'segment.rule.and' }] });
  });

  it('returns a valid complex rule as it is', () => {
    const rule: SegmentRule = {
      and: [
        { attribute: { key: 'age', op: 'between', min: 18, max: 29.5 } },
        {
          or: [
            { attribute: { key: 'region', op: 'in', values: ['BY', 'BE'] } },
            { attribute: { key: 'city', op: 'startsWith', value: 'Ber' } },
          ],
        },
        { not: { attribute: { key: 'member', op: 'eq', value: true } } },
        { attribute: { key: 'joined_on', op: 'gte', value: '2020-01-01' } },
        { interest: { topic: 'climate', minAffinity: 0 } },
        { event: { type: 'visit', withinDays: 30, atLeast: 1, atMost: 10 } },
        { score: { model: 'turnout', op: 'lt', value: 0.4 } },
        { reachable: { channel: 'email' } },
        { segment: { id: 'plain' } },
      ],
    };
    const segments = lookupOf({ id: 'plain', name: 'Plain', rule: age30 });
    const result = validateRule(rule, { catalog: TEST_CATALOG_INDEX, segments });
    expect(result).toEqual({ ok: true, rule });
    expect(result.ok && result.rule).toBe(rule);
  });
});
