import { describe, expect, it } from 'vitest';
import type { ChannelContact } from './channel';
import type { Profile } from './profile';
import { matches } from './rule-evaluator';
import type { AttributeCondition, SegmentRule } from './segment-rule';
import { testProfile } from './testing';

const asOf = new Date('2024-06-15T12:00:00.000Z');
const is = (profile: Profile, rule: SegmentRule) => matches(profile, rule, { asOf });
const withAttributes = (attributes: Record<string, string | number | boolean>) =>
  testProfile({ attributes });
const nobody = testProfile();

describe('matches: missing values', () => {
  // Each condition with a value that satisfies it, so that "false when missing" cannot pass by accident.
  const conditions: [AttributeCondition, string | number | boolean][] = [
    [{ key: 'region', op: 'eq', value: 'BY' }, 'BY'],
    [{ key: 'region', op: 'neq', value: 'BY' }, 'BE'],
    [{ key: 'region', op: 'in', values: ['BY', 'BE'] }, 'BE'],
    [{ key: 'region', op: 'notIn', values: ['BY'] }, 'HH'],
    [{ key: 'age', op: 'lt', value: 30 }, 29],
    [{ key: 'age', op: 'lte', value: 30 }, 30],
    [{ key: 'age', op: 'gt', value: 30 }, 31],
    [{ key: 'age', op: 'gte', value: 30 }, 30],
    [{ key: 'age', op: 'between', min: 18, max: 30 }, 18],
    [{ key: 'city', op: 'contains', value: 'erl' }, 'Berlin'],
    [{ key: 'city', op: 'startsWith', value: 'Ber' }, 'Berlin'],
    [{ key: 'member', op: 'neq', value: true }, false],
  ];

  it.each(conditions)('%j is false without a value, and true with %j', (attribute, value) => {
    expect(is(nobody, { attribute })).toBe(false);
    expect(is(nobody, { not: { attribute } })).toBe(true);
    expect(is(withAttributes({ [attribute.key]: value }), { attribute })).toBe(true);
  });

  it('not(age gt 30) includes people without an age', () => {
    const rule: SegmentRule = { not: { attribute: { key: 'age', op: 'gt', value: 30 } } };
    expect(
      [nobody, withAttributes({ age: 30 }), withAttributes({ age: 31 })].map((p) => is(p, rule)),
    ).toEqual([true, true, false]);
  });

  it('region neq "BY" excludes the unknown unless missing is asked for', () => {
    const neq: SegmentRule = { attribute: { key: 'region', op: 'neq', value: 'BY' } };
    const orMissing: SegmentRule = { or: [neq, { attribute: { key: 'region', op: 'missing' } }] };
    expect(is(nobody, neq)).toBe(false);
    expect(is(nobody, orMissing)).toBe(true);
    expect(is(withAttributes({ region: 'BY' }), orMissing)).toBe(false);
  });

  it.each([
    ['age', 0],
    ['city', ''],
    ['member', false],
  ])('exists / missing see %s = %j as present', (key, value) => {
    const present = withAttributes({ [key]: value });
    expect([
      is(present, { attribute: { key, op: 'exists' } }),
      is(present, { attribute: { key, op: 'missing' } }),
    ]).toEqual([true, false]);
    expect([
      is(nobody, { attribute: { key, op: 'exists' } }),
      is(nobody, { attribute: { key, op: 'missing' } }),
    ]).toEqual([false, true]);
  });
});

describe('matches: attribute comparisons', () => {
  const ageBetween: AttributeCondition = { key: 'age', op: 'between', min: 18, max: 30 };
  const year2020: AttributeCondition = {
    key: 'joined_on',
    op: 'between',
    min: '2020-01-01',
    max: '2020-12-31',
  };
  const after2020: AttributeCondition = { key: 'joined_on', op: 'gt', value: '2020-12-31' };
  const untilFeb: AttributeCondition = { key: 'joined_on', op: 'lte', value: '2021-02-01' };
  const leapDay: AttributeCondition = { key: 'joined_on', op: 'eq', value: '2024-02-29' };
  const belowHalf: AttributeCondition = { key: 'age', op: 'lt', value: 0.5 };
  const inDecimals: AttributeCondition = { key: 'age', op: 'in', values: [0.1, -2] };
  const containsBer: AttributeCondition = { key: 'city', op: 'contains', value: 'ber' };
  const startsWithM: AttributeCondition = { key: 'city', op: 'startsWith', value: 'M' };
  const containsPercent: AttributeCondition = { key: 'city', op: 'contains', value: '%' };
  const startsWithA_: AttributeCondition = { key: 'city', op: 'startsWith', value: 'a_' };
  const strasse: AttributeCondition = { key: 'city', op: 'eq', value: 'Straße' };
  const notMember: AttributeCondition = { key: 'member', op: 'eq', value: false };

  it.each<[AttributeCondition, string | number | boolean, boolean]>([
    [ageBetween, 17.99, false],
    [ageBetween, 18, true],
    [ageBetween, 30, true],
    [ageBetween, 30.01, false],
    [year2020, '2019-12-31', false],
    [year2020, '2020-01-01', true],
    [year2020, '2020-12-31', true],
    [year2020, '2021-01-01', false],
    [after2020, '2021-01-01', true],
    [after2020, '2020-12-31', false],
    [after2020, '1999-12-31', false],
    [untilFeb, '2021-01-31', true],
    [untilFeb, '2021-02-01', true],
    [untilFeb, '2021-02-02', false],
    [leapDay, '2024-02-29', true],
    [leapDay, '2024-03-01', false],
    [belowHalf, -1, true],
    [belowHalf, 0.1, true],
    [belowHalf, 0.5, false],
    [inDecimals, 0.1, true],
    [inDecimals, -2, true],
    [inDecimals, 2, false],
    [containsBer, 'Berlin', false],
    [containsBer, 'Oberhausen', true],
    [startsWithM, 'München', true],
    [startsWithM, 'Bad Münster', false],
    [startsWithM, 'm', false],
    [containsPercent, '100%', true],
    [containsPercent, '100 percent', false],
    [startsWithA_, 'a_b', true],
    [startsWithA_, 'ab', false],
    [startsWithA_, 'axb', false],
    [strasse, 'Straße', true],
    [strasse, 'Strasse', false],
    [strasse, 'straße', false],
    [notMember, false, true],
    [notMember, true, false],
  ])('%j for %j is %s', (attribute, value, expected) => {
    expect(is(withAttributes({ [attribute.key]: value }), { attribute })).toBe(expected);
  });
});

describe('matches: interests and scores', () => {
  const fan = testProfile({
    interests: [
      { topic: 'cycling', affinity: 0.6 },
      { topic: 'climate', affinity: 0 },
    ],
  });

  it.each([
    ['cycling', 0.6, true],
    ['cycling', 0.61, false],
    ['cycling', 0, true],
    ['climate', 0, true],
    ['climate', 0.01, false],
    ['football', 0, false],
  ])('interest %s with minAffinity %d is %s', (topic, minAffinity, expected) => {
    expect(is(fan, { interest: { topic, minAffinity } })).toBe(expected);
  });

  it.each([
    ['gte', 0.4, true],
    ['gt', 0.4, false],
    ['lte', 0.4, true],
    ['lt', 0.4, false],
    ['lt', 0.41, true],
  ] as const)('score churn %s %d is %s for a score of 0.4', (op, value, expected) => {
    const scored = testProfile({ scores: [{ model: 'churn', value: 0.4 }] });
    expect(is(scored, { score: { model: 'churn', op, value } })).toBe(expected);
  });

  it('a missing score never matches, whatever the threshold', () => {
    const other = testProfile({ scores: [{ model: 'turnout', value: 0.5 }] });
    for (const op of ['lt', 'lte', 'gt', 'gte'] as const) {
      expect(is(other, { score: { model: 'churn', op, value: op.startsWith('l') ? 1 : 0 } })).toBe(
        false,
      );
    }
  });
});

describe('matches: reachability', () => {
  const contact = (c: Partial<ChannelContact> & { address?: string | null }) =>
    testProfile({
      channels: [
        {
          channel: 'email',
          address: 'anna@example.org',
          consent: 'granted',
          consentAt: null,
          ...c,
        },
      ],
    });

  it.each([
    ['granted consent and an address', contact({}), true],
    ['unknown consent', contact({ consent: 'unknown' }), false],
    ['denied consent', contact({ consent: 'denied' }), false],
    ['no address', contact({ address: null }), false],
    ['a blank address', contact({ address: '   ' }), false],
    ['only another channel', contact({ channel: 'sms' }), false],
    ['no channels at all', nobody, false],
  ])('email with %s: %s', (_, profile, expected) => {
    expect(is(profile, { reachable: { channel: 'email' } })).toBe(expected);
  });
});
