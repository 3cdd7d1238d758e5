import type { SegmentDefinition, SegmentRule } from '@pinpoint/domain';
import { describe, expect, it } from 'vitest';
import { canonicalRule } from './canonical-rule';
import { queryKey, questionKey } from './query-key';

const age = (min: number, max: number): SegmentRule => ({
  attribute: { key: 'age', op: 'between', min, max },
});
const region = (...values: string[]): SegmentRule => ({
  attribute: { key: 'region', op: 'in', values },
});
const email: SegmentRule = { reachable: { channel: 'email' } };
const visited: SegmentRule = { event: { type: 'visit', withinDays: 30, atLeast: 1 } };
const asOf = new Date('2025-06-01T00:00:00.000Z');

describe('canonicalRule', () => {
  it('flattens, deduplicates and sorts groups, and unwraps groups of one', () => {
    const written: SegmentRule = {
      and: [{ and: [email, age(18, 30)] }, { or: [region('BY', 'BE')] }, email],
    };
    const rewritten: SegmentRule = {
      and: [region('BE', 'BY', 'BE'), { and: [age(18, 30)] }, email],
    };
    expect(canonicalRule(written)).toEqual(canonicalRule(rewritten));
    const canonical = canonicalRule(written);
    expect('and' in canonical && canonical.and).toHaveLength(3);
  });

  it('removes double negation but keeps a single one', () => {
    expect(canonicalRule({ not: { not: email } })).toEqual(email);
    expect(canonicalRule({ not: { not: { not: email } } })).toEqual({ not: email });
  });

  it('writes an in-list of one value as eq, and a notIn-list of one as neq', () => {
    expect(canonicalRule(region('BY', 'BY'))).toEqual({
      attribute: { key: 'region', op: 'eq', value: 'BY' },
    });
    expect(canonicalRule({ attribute: { key: 'age', op: 'notIn', values: [30, 30] } })).toEqual({
      attribute: { key: 'age', op: 'neq', value: 30 },
    });
  });

  it('keeps and and or apart', () => {
    expect(queryKey({ and: [email, age(18, 30)] })).not.toBe(
      queryKey({ or: [email, age(18, 30)] }),
    );
  });

  it('replaces references by the rules they name when it can look them up', () => {
    const young: SegmentDefinition = { id: 'young', name: 'Young', rule: age(18, 30) };
    const segments = (id: string) => (id === 'young' ? young : undefined);
    const rule: SegmentRule = { and: [{ segment: { id: 'young' } }, email] };
    expect(canonicalRule(rule, segments)).toEqual(canonicalRule({ and: [age(18, 30), email] }));
    expect(() => canonicalRule({ segment: { id: 'gone' } }, segments)).toThrow(/unknown segment/);
  });

  it('refuses a cycle of references', () => {
    const loop = (id: string): SegmentDefinition => ({
      id,
      name: id,
      rule: { segment: { id: id === 'a' ? 'b' : 'a' } },
    });
    expect(() => canonicalRule({ segment: { id: 'a' } }, loop)).toThrow(/cycle: a → b → a/);
  });
});

describe('queryKey', () => {
  it('does not depend on the order of keys in a condition', () => {
    const reordered = { attribute: { max: 30, op: 'between', key: 'age', min: 18 } } as SegmentRule;
    expect(queryKey(reordered)).toBe(queryKey(age(18, 30)));
  });

  it('treats 0 and −0 as the same value, as the evaluator does', () => {
    const zero = (value: number): SegmentRule => ({ attribute: { key: 'age', op: 'eq', value } });
    expect(queryKey(zero(-0))).toBe(queryKey(zero(0)));
  });

  it('includes asOf only when the count depends on time, and requires it then', () => {
    expect(queryKey(email, { asOf })).toBe(queryKey(email));
    expect(queryKey(visited, { asOf })).not.toBe(
      queryKey(visited, { asOf: new Date('2025-06-02T00:00:00.000Z') }),
    );
    expect(() => queryKey(visited)).toThrow(/asOf is required/);
    expect(() => queryKey({ segment: { id: 'young' } })).toThrow(/asOf is required/);
  });

  it('changes with the data version', () => {
    expect(queryKey(email, { dataVersion: 'import-7' })).not.toBe(
      queryKey(email, { dataVersion: 'import-8' }),
    );
  });
});

describe('questionKey', () => {
  it('tells kinds, rule orders and parameters apart', () => {
    const keys = [queryKey(email), queryKey(age(18, 30))];
    const overlap = questionKey('overlap', keys);
    expect(questionKey('overlap', [...keys])).toBe(overlap);
    expect(questionKey('overlap', [...keys].reverse())).not.toBe(overlap);
    expect(questionKey('composition', keys)).not.toBe(overlap);
    expect(questionKey('composition', keys, { attribute: 'region' })).not.toBe(
      questionKey('composition', keys, { attribute: 'age' }),
    );
  });
});
