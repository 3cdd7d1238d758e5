import { describe, expect, it } from 'vitest';
import { Segment } from './segment';
import { EventCondition, RULE_KINDS, ruleKind, SegmentRule } from './segment-rule';

const adults: SegmentRule = { attribute: { key: 'age', op: 'gte', value: 18 } };

describe('SegmentRule (structure only)', () => {
  it('accepts one example of every node kind', () => {
    const rule: SegmentRule = {
      and: [
        { or: [adults, { not: { attribute: { key: 'region', op: 'missing' } } }] },
        { interest: { topic: 'climate', minAffinity: 0.5 } },
        { event: { type: 'visit', withinDays: 30, atMost: 0 } },
        { score: { model: 'turnout', op: 'gte', value: 0.7 } },
        { reachable: { channel: 'sms' } },
        { segment: { id: 'young' } },
      ],
    };
    expect(SegmentRule.parse(rule)).toEqual(rule);
  });

  it.each([
    ['an empty and', { and: [] }],
    ['an empty or', { or: [] }],
    ['two kinds in one node', { ...adults, reachable: { channel: 'sms' } }],
    ['an unknown kind', { xor: [adults] }],
    ['an extra key in a condition', { reachable: { channel: 'sms', consent: 'granted' } }],
    ['an empty in list', { attribute: { key: 'age', op: 'in', values: [] } }],
    ['an empty contains text', { attribute: { key: 'city', op: 'contains', value: '' } }],
    ['a boolean in a list', { attribute: { key: 'member', op: 'in', values: [true] } }],
    ['a score above 1', { score: { model: 'churn', op: 'gt', value: 1.1 } }],
    ['a zero-day window', { event: { type: 'visit', withinDays: 0, atLeast: 1 } }],
    ['a fractional event count', { event: { type: 'visit', withinDays: 7, atLeast: 1.5 } }],
    ['an empty segment id', { segment: { id: '' } }],
  ])('rejects %s', (_, input) => {
    expect(SegmentRule.safeParse(input).success).toBe(false);
  });
});

describe('EventCondition', () => {
  it('needs at least one bound', () => {
    const result = EventCondition.safeParse({ type: 'visit', withinDays: 7 });
    expect(result.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
      ['atLeast', 'expected atLeast, atMost or both'],
    ]);
  });
});

describe('ruleKind', () => {
  it('names the one key of each node kind', () => {
    const examples: SegmentRule[] = [
      { and: [adults] },
      { or: [adults] },
      { not: adults },
      adults,
      { interest: { topic: 'climate', minAffinity: 0 } },
      { event: { type: 'visit', withinDays: 1, atLeast: 1 } },
      { score: { model: 'churn', op: 'lt', value: 0.2 } },
      { reachable: { channel: 'email' } },
      { segment: { id: 'young' } },
    ];
    expect(examples.map(ruleKind)).toEqual([...RULE_KINDS]);
  });
});

describe('Segment', () => {
  it('trims the name, defaults the description and checks the rule', () => {
    expect(Segment.parse({ id: 'adults', name: ' Adults ', rule: adults })).toEqual({
      id: 'adults',
      name: 'Adults',
      description: '',
      rule: adults,
    });
    const result = Segment.safeParse({ id: 'adults', name: '  ', rule: { and: [] } });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['name', 'rule']);
  });
});
