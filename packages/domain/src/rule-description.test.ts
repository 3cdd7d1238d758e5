import { describe, expect, it } from 'vitest';
import { Catalog } from './catalog';
import { describeRule, MAX_EXPANDED_REFERENCES } from './rule-description';
import type { SegmentDefinition } from './rule-references';
import type { SegmentRule } from './segment-rule';
import { TEST_CATALOG } from './testing';

const catalog = Catalog.parse({
  ...TEST_CATALOG,
  attributes: [
    ...TEST_CATALOG.attributes,
    { key: 'income', label: 'Yearly income', type: 'number', unit: 'EUR' },
    { key: 'balance', label: 'Balance', type: 'number' },
  ],
});

const attr = (attribute: Record<string, unknown>) => ({ attribute }) as SegmentRule;
const not = (rule: SegmentRule): SegmentRule => ({ not: rule });
const age = (op: string, value: number) => attr({ key: 'age', op, value });
const joined = (op: string, value: string) => attr({ key: 'joined_on', op, value });
const purchases = (bounds: { atLeast?: number; atMost?: number }, withinDays = 30) =>
  ({ event: { type: 'purchase', withinDays, ...bounds } }) as SegmentRule;
const churn = (op: string, value: number) =>
  ({ score: { model: 'churn', op, value } }) as SegmentRule;
const ref = (id: string): SegmentRule => ({ segment: { id } });

const young = age('lt', 30);
const berlin = attr({ key: 'city', op: 'eq', value: 'Berlin' });
const byOrBe = attr({ key: 'region', op: 'in', values: ['BY', 'BE'] });
const email: SegmentRule = { reachable: { channel: 'email' } };

const check = (rule: SegmentRule, expected: string) =>
  expect(describeRule(rule, catalog)).toBe(expected);

describe('describeRule: attribute conditions', () => {
  it.each<[string, SegmentRule, string]>([
    ['eq', age('eq', 30), 'people whose Age is 30 years'],
    ['not eq', not(age('eq', 30)), 'people whose Age is not 30 years (or is not recorded)'],
    ['neq', age('neq', 30), 'people whose recorded Age is not 30 years'],
    ['not neq', not(age('neq', 30)), 'people whose Age is 30 years (or is not recorded)'],
    [
      'in, numbers',
      attr({ key: 'age', op: 'in', values: [30, 40] }),
      'people whose Age is 30 or 40 years',
    ],
    [
      'in, one value',
      attr({ key: 'region', op: 'in', values: ['BY'] }),
      'people whose Region is BY',
    ],
    [
      'in, three values',
      attr({ key: 'region', op: 'in', values: ['BY', 'BE', 'HH'] }),
      'people whose Region is BY, BE or HH',
    ],
    ['not in', not(byOrBe), 'people whose Region is neither BY nor BE (or is not recorded)'],
    [
      'notIn, one value',
      attr({ key: 'region', op: 'notIn', values: ['BY'] }),
      'people whose recorded Region is not BY',
    ],
    [
      'notIn, three values',
      attr({ key: 'region', op: 'notIn', values: ['BY', 'BE', 'HH'] }),
      'people whose recorded Region is none of BY, BE or HH',
    ],
    [
      'not notIn',
      not(attr({ key: 'region', op: 'notIn', values: ['BY', 'BE'] })),
      'people whose Region is BY or BE (or is not recorded)',
    ],
    ['lt', age('lt', 18), 'people whose Age is below 18 years'],
    ['lte', age('lte', 18), 'people whose Age is at most 18 years'],
    ['gt', age('gt', 65), 'people whose Age is above 65 years'],
    ['gte', age('gte', 65), 'people whose Age is at least 65 years'],
    ['not lt', not(age('lt', 18)), 'people whose Age is at least 18 years (or is not recorded)'],
    ['not lte', not(age('lte', 18)), 'people whose Age is above 18 years (or is not recorded)'],
    ['not gt', not(age('gt', 65)), 'people whose Age is at most 65 years (or is not recorded)'],
    ['not gte', not(age('gte', 65)), 'people whose Age is below 65 years (or is not recorded)'],
    [
      'between',
      attr({ key: 'age', op: 'between', min: 30, max: 45 }),
      'people whose Age is from 30 to 45 years',
    ],
    [
      'between one value',
      attr({ key: 'age', op: 'between', min: 30, max: 30 }),
      'people whose Age is 30 years',
    ],
    [
      'not between',
      not(attr({ key: 'age', op: 'between', min: 30, max: 45 })),
      'people whose Age is outside the range from 30 to 45 years (or is not recorded)',
    ],
    [
      'not between one value',
      not(attr({ key: 'age', op: 'between', min: 30, max: 30 })),
      'people whose Age is not 30 years (or is not recorded)',
    ],
    ['exists', attr({ key: 'age', op: 'exists' }), 'people whose Age is recorded'],
    ['missing', attr({ key: 'age', op: 'missing' }), 'people whose Age is not recorded'],
    ['not exists', not(attr({ key: 'age', op: 'exists' })), 'people whose Age is not recorded'],
    ['not missing', not(attr({ key: 'age', op: 'missing' })), 'people whose Age is recorded'],
  ])('%s', (_, rule, expected) => check(rule, expected));

  it.each<[string, SegmentRule, string]>([
    [
      'a number with thousands and a unit',
      attr({ key: 'income', op: 'gte', value: 50000 }),
      'people whose Yearly income is at least 50,000 EUR',
    ],
    [
      'a negative decimal without a unit',
      attr({ key: 'balance', op: 'lt', value: -2.5 }),
      'people whose Balance is below -2.5',
    ],
    [
      'a range with a unit once',
      attr({ key: 'income', op: 'between', min: 1000.5, max: 2000 }),
      'people whose Yearly income is from 1,000.5 to 2,000 EUR',
    ],
  ])('writes %s', (_, rule, expected) => check(rule, expected));

  it.each<[string, SegmentRule, string]>([
    ['eq', joined('eq', '2024-02-29'), 'people whose Joined on is 29 February 2024'],
    ['lt', joined('lt', '2024-03-01'), 'people whose Joined on is before 1 March 2024'],
    ['lte', joined('lte', '2024-03-01'), 'people whose Joined on is on or before 1 March 2024'],
    ['gt', joined('gt', '2024-03-01'), 'people whose Joined on is after 1 March 2024'],
    ['gte', joined('gte', '2024-03-01'), 'people whose Joined on is on or after 1 March 2024'],
    [
      'not gte',
      not(joined('gte', '2024-03-01')),
      'people whose Joined on is before 1 March 2024 (or is not recorded)',
    ],
    [
      'between',
      attr({ key: 'joined_on', op: 'between', min: '2024-01-01', max: '2024-06-30' }),
      'people whose Joined on is from 1 January 2024 to 30 June 2024',
    ],
    [
      'in',
      attr({ key: 'joined_on', op: 'in', values: ['1999-12-31', '2000-01-01'] }),
      'people whose Joined on is 31 December 1999 or 1 January 2000',
    ],
  ])('dates: %s', (_, rule, expected) => check(rule, expected));

  it.each<[string, SegmentRule, string]>([
    ['eq', berlin, 'people whose City is “Berlin”'],
    [
      'neq',
      attr({ key: 'city', op: 'neq', value: 'Berlin' }),
      'people whose recorded City is not “Berlin”',
    ],
    [
      'in',
      attr({ key: 'city', op: 'in', values: ['Berlin', 'Bernau'] }),
      'people whose City is “Berlin” or “Bernau”',
    ],
    [
      'contains',
      attr({ key: 'city', op: 'contains', value: 'ber' }),
      'people whose City contains “ber”',
    ],
    [
      'startsWith',
      attr({ key: 'city', op: 'startsWith', value: 'Ber' }),
      'people whose City starts with “Ber”',
    ],
    [
      'not contains',
      not(attr({ key: 'city', op: 'contains', value: 'ber' })),
      'people whose City does not contain “ber” (or is not recorded)',
    ],
    [
      'not startsWith',
      not(attr({ key: 'city', op: 'startsWith', value: 'Ber' })),
      'people whose City does not start with “Ber” (or is not recorded)',
    ],
    [
      'control characters, shown as escapes',
      attr({ key: 'city', op: 'eq', value: 'line\nbreak\there' }),
      'people whose City is “line\\nbreak\\there”',
    ],
  ])('texts: %s', (_, rule, expected) => check(rule, expected));

  it.each<[string, SegmentRule, string]>([
    ['eq true', attr({ key: 'member', op: 'eq', value: true }), 'people whose Member is yes'],
    ['eq false', attr({ key: 'member', op: 'eq', value: false }), 'people whose Member is no'],
    [
      'not eq true',
      not(attr({ key: 'member', op: 'eq', value: true })),
      'people whose Member is no (or is not recorded)',
    ],
    ['neq true', attr({ key: 'member', op: 'neq', value: true }), 'people whose Member is no'],
    [
      'not neq true',
      not(attr({ key: 'member', op: 'neq', value: true })),
      'people whose Member is yes (or is not recorded)',
    ],
  ])('true/false: %s', (_, rule, expected) => check(rule, expected));

  it('names an attribute the catalog lacks by its key, the only name it has', () => {
    check(attr({ key: 'shoe_size', op: 'gt', value: 44 }), 'people whose shoe_size is above 44');
  });
});

describe('describeRule: interests, events, scores, reachability', () => {
  it.each<[string, SegmentRule, string]>([
    [
      'a threshold',
      { interest: { topic: 'cycling', minAffinity: 0.5 } },
      'people whose interest in Cycling is rated at least 50%',
    ],
    [
      'an odd threshold',
      { interest: { topic: 'climate', minAffinity: 0.125 } },
      'people whose interest in Climate is rated at least 12.5%',
    ],
    [
      'a float-noisy threshold',
      { interest: { topic: 'climate', minAffinity: 0.07 } },
      'people whose interest in Climate is rated at least 7%',
    ],
    [
      'no threshold',
      { interest: { topic: 'cycling', minAffinity: 0 } },
      'people who have an interest in Cycling on record',
    ],
    [
      'not, a threshold',
      not({ interest: { topic: 'football', minAffinity: 0.75 } }),
      'people whose interest in Football is rated below 75% (or is not recorded)',
    ],
    [
      'not, no threshold',
      not({ interest: { topic: 'cycling', minAffinity: 0 } }),
      'people who have no interest in Cycling on record',
    ],
  ])('interest: %s', (_, rule, expected) => check(rule, expected));

  it.each<[string, SegmentRule, string]>([
    [
      'at least once',
      purchases({ atLeast: 1 }),
      'people who had Purchase at least once in the last 30 days',
    ],
    [
      'at least 3 times, other label and window',
      { event: { type: 'visit', withinDays: 7, atLeast: 3 } },
      'people who had Website visit at least 3 times in the last 7 days',
    ],
    ['never', purchases({ atMost: 0 }), 'people who had no Purchase in the last 30 days'],
    [
      'at most once',
      purchases({ atMost: 1 }),
      'people who had Purchase at most once in the last 30 days',
    ],
    [
      'at most 2',
      purchases({ atLeast: 0, atMost: 2 }),
      'people who had Purchase at most 2 times in the last 30 days',
    ],
    [
      'exactly once',
      purchases({ atLeast: 1, atMost: 1 }),
      'people who had Purchase exactly once in the last 30 days',
    ],
    [
      'exactly 2',
      purchases({ atLeast: 2, atMost: 2 }),
      'people who had Purchase exactly 2 times in the last 30 days',
    ],
    [
      'a range',
      purchases({ atLeast: 2, atMost: 5 }),
      'people who had Purchase from 2 to 5 times in the last 30 days',
    ],
    [
      'any number',
      purchases({ atLeast: 0 }),
      'people who had Purchase any number of times (including never) in the last 30 days',
    ],
    [
      'in one day',
      purchases({ atLeast: 1 }, 1),
      'people who had Purchase at least once in the last day',
    ],
    [
      'in a year',
      purchases({ atLeast: 1 }, 365),
      'people who had Purchase at least once in the last 365 days',
    ],
    [
      'not at least once',
      not(purchases({ atLeast: 1 })),
      'people who had no Purchase in the last 30 days',
    ],
    [
      'not at least 3',
      not(purchases({ atLeast: 3 })),
      'people who had Purchase at most 2 times in the last 30 days',
    ],
    [
      'not never',
      not(purchases({ atMost: 0 })),
      'people who had Purchase at least once in the last 30 days',
    ],
    [
      'not at most 2',
      not(purchases({ atMost: 2 })),
      'people who had Purchase at least 3 times in the last 30 days',
    ],
    [
      'not a range',
      not(purchases({ atLeast: 2, atMost: 5 })),
      'people who had Purchase fewer than 2 times or more than 5 times in the last 30 days',
    ],
    [
      'not exactly once',
      not(purchases({ atLeast: 1, atMost: 1 })),
      'people who had Purchase never or more than once in the last 30 days',
    ],
    [
      'not any number',
      not(purchases({ atLeast: 0 })),
      'people who had Purchase fewer than zero times in the last 30 days (no one)',
    ],
  ])('event: %s', (_, rule, expected) => check(rule, expected));

  it.each<[string, SegmentRule, string]>([
    ['lt', churn('lt', 0.2), 'people whose predicted Churn score is below 0.2'],
    ['lte', churn('lte', 0.2), 'people whose predicted Churn score is at most 0.2'],
    ['gt', churn('gt', 0.7), 'people whose predicted Churn score is above 0.7'],
    ['gte', churn('gte', 0.7), 'people whose predicted Churn score is at least 0.7'],
    [
      'not gt',
      not(churn('gt', 0.7)),
      'people whose predicted Churn score is at most 0.7 (or is not available)',
    ],
    [
      'not lte',
      not(churn('lte', 0.2)),
      'people whose predicted Churn score is above 0.2 (or is not available)',
    ],
  ])('score: %s', (_, rule, expected) => check(rule, expected));

  it.each<[string, SegmentRule, string]>([
    ['email', email, 'people who are reachable by email'],
    ['sms', { reachable: { channel: 'sms' } }, 'people who are reachable by SMS'],
    ['push', { reachable: { channel: 'push' } }, 'people who are reachable by push notification'],
    ['post', { reachable: { channel: 'post' } }, 'people who are reachable by post'],
    ['phone', { reachable: { channel: 'phone' } }, 'people who are reachable by phone'],
    ['not sms', not({ reachable: { channel: 'sms' } }), 'people who are not reachable by SMS'],
  ])('reachable: %s', (_, rule, expected) => check(rule, expected));
});

describe('describeRule: groups', () => {
  it.each<[string, SegmentRule, string]>([
    [
      'and, joined by "and"',
      { and: [attr({ key: 'age', op: 'between', min: 30, max: 45 }), byOrBe, email] },
      'people whose Age is from 30 to 45 years and whose Region is BY or BE and who are reachable by email',
    ],
    [
      'or of two',
      { or: [berlin, email] },
      'people either whose City is “Berlin”, or who are reachable by email',
    ],
    [
      'or of three',
      { or: [berlin, email, young] },
      'people either whose City is “Berlin”, or who are reachable by email, or whose Age is below 30 years',
    ],
    [
      'an or inside an and, in parentheses after the single conditions',
      { and: [{ or: [berlin, byOrBe] }, email] },
      'people who are reachable by email and (either whose City is “Berlin”, or whose Region is BY or BE)',
    ],
    [
      'an and of two inside an or',
      { or: [berlin, { and: [young, email] }] },
      'people either whose City is “Berlin”, or (both whose Age is below 30 years and who are reachable by email)',
    ],
    [
      'an and of three inside an or',
      { or: [{ and: [young, email, byOrBe] }, berlin] },
      'people either whose City is “Berlin”, or (all of: whose Age is below 30 years and who are reachable by email and whose Region is BY or BE)',
    ],
    [
      'three levels',
      { and: [email, { or: [berlin, { and: [young, { or: [byOrBe, churn('gt', 0.7)] }] }] }] },
      'people who are reachable by email and (either whose City is “Berlin”, or (both whose Age is below 30 years and (either whose Region is BY or BE, or whose predicted Churn score is above 0.7)))',
    ],
    [
      'nested groups of the same kind as one list',
      { and: [young, { and: [berlin, { and: [email] }] }] },
      'people whose Age is below 30 years and whose City is “Berlin” and who are reachable by email',
    ],
    [
      'not over an and, by De Morgan',
      not({ and: [young, email] }),
      'people either whose Age is at least 30 years (or is not recorded), or who are not reachable by email',
    ],
    [
      'not over an or, by De Morgan',
      not({ or: [berlin, email] }),
      'people whose City is not “Berlin” (or is not recorded) and who are not reachable by email',
    ],
    ['not not', not(not(young)), 'people whose Age is below 30 years'],
    ['a group of one', { or: [{ and: [young] }] }, 'people whose Age is below 30 years'],
    ['an empty and', { and: [] }, 'people of any kind'],
    ['an empty or', { or: [] }, 'people of no kind (no one)'],
    ['not an empty and', not({ and: [] }), 'people of no kind (no one)'],
  ])('%s', (_, rule, expected) => check(rule, expected));
});

describe('describeRule: segment references', () => {
  const saved: Record<string, Omit<SegmentDefinition, 'id'>> = {
    young: { name: 'Young', rule: young },
    urban: { name: 'Urban young', rule: { and: [berlin, ref('young')] } },
    'loop-a': { name: 'Loop A', rule: { or: [email, ref('loop-b')] } },
    'loop-b': { name: 'Loop B', rule: ref('loop-a') },
  };
  const lookup = (id: string) => {
    const segment = saved[id];
    return segment && { id, ...segment };
  };
  const describeWith = (rule: SegmentRule) => describeRule(rule, catalog, lookup);

  it('describes a reference by the rule it refers to, through every level', () => {
    expect(describeWith(ref('young'))).toBe('people whose Age is below 30 years');
    expect(describeWith({ and: [email, ref('urban')] })).toBe(
      'people who are reachable by email and whose City is “Berlin” and whose Age is below 30 years',
    );
  });

  it('negates a referenced rule', () => {
    expect(describeWith(not(ref('urban')))).toBe(
      'people either whose City is not “Berlin” (or is not recorded), or whose Age is at least 30 years (or is not recorded)',
    );
  });

  it('names an unknown segment, and every segment when there is no lookup', () => {
    expect(describeWith(ref('gone'))).toBe('people who are in the unknown segment “gone”');
    expect(describeWith(not(ref('gone')))).toBe('people who are not in the unknown segment “gone”');
    expect(describeRule(ref('young'), catalog)).toBe(
      'people who are in the unknown segment “young”',
    );
  });

  it('stops at a reference cycle and says so', () => {
    expect(describeWith(ref('loop-a'))).toBe(
      'people either who are reachable by email, or who are in the segment “Loop A”, whose rule refers back to itself',
    );
  });

  it('names segments instead of spelling them out once many references were expanded', () => {
    const diamond: Record<string, SegmentRule> = { d0: young };
    for (let i = 1; i <= 12; i += 1)
      diamond[`d${i}`] = { or: [ref(`d${i - 1}`), ref(`d${i - 1}`)] };
    const text = describeRule(ref('d12'), catalog, (id) => {
      const rule = diamond[id];
      return rule && { id, name: `Diamond ${id}`, rule };
    });
    expect(text).toContain('who are in the segment “Diamond d');
    expect(text.split('whose Age is below 30 years').length - 1).toBeLessThanOrEqual(
      MAX_EXPANDED_REFERENCES,
    );
    expect(text.length).toBeLessThan(20_000);
  });
});
