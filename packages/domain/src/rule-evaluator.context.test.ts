import { describe, expect, it } from 'vitest';
import { DAY_MS } from './event-window';
import type { Profile } from './profile';
import { matches } from './rule-evaluator';
import type { SegmentDefinition } from './rule-references';
import type { SegmentRule } from './segment-rule';
import { testProfile } from './testing';

// What a rule's answer depends on besides the profile: the evaluation's asOf and saved segments.

const asOf = new Date('2024-06-15T12:00:00.000Z');
const before = (ms: number) => new Date(asOf.getTime() - ms);
const is = (profile: Profile, rule: SegmentRule) => matches(profile, rule, { asOf });

describe('matches: event windows', () => {
  const visits = (...times: Date[]) =>
    testProfile({ events: times.map((occurredAt) => ({ type: 'visit', occurredAt })) });
  const week = DAY_MS * 7;

  it.each([
    ['exactly at asOf', before(0), true],
    ['exactly withinDays before asOf', before(week), false],
    ['one millisecond after the window start', before(week - 1), true],
    ['one millisecond after asOf', before(-1), false],
  ])('an event %s counts: %s', (_, time, expected) => {
    expect(is(visits(time), { event: { type: 'visit', withinDays: 7, atLeast: 1 } })).toBe(
      expected,
    );
  });

  it('counts only events of the asked type', () => {
    const purchase = testProfile({ events: [{ type: 'purchase', occurredAt: before(0) }] });
    expect(is(purchase, { event: { type: 'visit', withinDays: 7, atLeast: 1 } })).toBe(false);
  });

  it.each([
    [{ atLeast: 2 }, [before(0), before(DAY_MS)], true],
    [{ atLeast: 2 }, [before(0), before(week)], false],
    [{ atMost: 0 }, [], true],
    [{ atMost: 1 }, [], true],
    [{ atMost: 1 }, [before(1), before(2)], false],
    [{ atMost: 1 }, [before(1), before(week), before(week + DAY_MS)], true],
    [{ atLeast: 1, atMost: 2 }, [before(1), before(2)], true],
    [{ atLeast: 1, atMost: 2 }, [before(1), before(2), before(3)], false],
  ])('%j with events %j is %s', (bounds, times, expected) => {
    expect(is(visits(...times), { event: { type: 'visit', withinDays: 7, ...bounds } })).toBe(
      expected,
    );
  });

  it('ends the window at the asOf of the evaluation', () => {
    const rule: SegmentRule = { event: { type: 'visit', withinDays: 1, atLeast: 1 } };
    const visitor = visits(before(0));
    expect(matches(visitor, rule, { asOf: new Date(asOf.getTime() + DAY_MS - 1) })).toBe(true);
    expect(matches(visitor, rule, { asOf: new Date(asOf.getTime() + DAY_MS) })).toBe(false);
  });
});

describe('matches: segment references', () => {
  const segmentsOf =
    (...segments: SegmentDefinition[]) =>
    (id: string) =>
      segments.find((s) => s.id === id);
  const adults: SegmentDefinition = {
    id: 'adults',
    name: 'Adults',
    rule: { attribute: { key: 'age', op: 'gte', value: 18 } },
  };
  const active: SegmentDefinition = {
    id: 'active',
    name: 'Active',
    rule: { event: { type: 'visit', withinDays: 1, atLeast: 1 } },
  };
  const activeAdults: SegmentDefinition = {
    id: 'aa',
    name: 'Active adults',
    rule: { and: [{ segment: { id: 'adults' } }, { segment: { id: 'active' } }] },
  };
  const segments = segmentsOf(adults, active, activeAdults);
  const visitor = testProfile({
    attributes: { age: 40 },
    events: [{ type: 'visit', occurredAt: before(DAY_MS / 2) }],
  });

  it('evaluates the referenced rule in place, with the same asOf', () => {
    expect(matches(visitor, { segment: { id: 'aa' } }, { asOf, segments })).toBe(true);
    expect(matches(visitor, { not: { segment: { id: 'aa' } } }, { asOf, segments })).toBe(false);
    expect(
      matches(
        visitor,
        { segment: { id: 'aa' } },
        { asOf: new Date(asOf.getTime() + DAY_MS), segments },
      ),
    ).toBe(false);
    expect(
      matches(
        testProfile({ attributes: { age: 12 } }),
        { segment: { id: 'adults' } },
        { asOf, segments },
      ),
    ).toBe(false);
  });

  it('throws on an unknown segment and on a cycle', () => {
    const loop = segmentsOf(
      { id: 'a', name: 'A', rule: { segment: { id: 'b' } } },
      { id: 'b', name: 'B', rule: { or: [adults.rule, { segment: { id: 'a' } }] } },
      { id: 'self', name: 'Self', rule: { segment: { id: 'self' } } },
    );
    expect(() => matches(visitor, { segment: { id: 'gone' } }, { asOf, segments })).toThrow(
      'unknown segment "gone"',
    );
    expect(() => matches(visitor, { segment: { id: 'adults' } }, { asOf })).toThrow(
      'unknown segment',
    );
    expect(() =>
      matches(
        testProfile({ attributes: { age: 1 } }),
        { segment: { id: 'a' } },
        { asOf, segments: loop },
      ),
    ).toThrow(/^segment references form a cycle: a → b → a$/);
    expect(() => matches(visitor, { segment: { id: 'self' } }, { asOf, segments: loop })).toThrow(
      /^segment references form a cycle: self → self$/,
    );
  });
});
