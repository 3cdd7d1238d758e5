import { describe, expect, it } from 'vitest';
import { attributeStatsOf } from './attribute-stats';
import { compositionFromCounts, compositionOf, distributionOf } from './composition';
import { bucketIndexOf, compositionPlan } from './composition-plan';
import type { SegmentRule } from './segment-rule';
import { TEST_CATALOG_INDEX, testProfile } from './testing';

const context = { catalog: TEST_CATALOG_INDEX, asOf: new Date('2026-03-01T00:00:00Z') };
const definition = (key: string) => TEST_CATALOG_INDEX.attributes.get(key)!;
const members: SegmentRule = { attribute: { key: 'member', op: 'eq', value: true } };

const people = [
  testProfile({
    externalId: 'a',
    attributes: { region: 'BY', age: 18, member: true, city: 'Bonn', joined_on: '2019-12-31' },
  }),
  testProfile({
    externalId: 'b',
    attributes: { region: 'BY', age: 30, member: true, city: 'Köln', joined_on: '2021-01-01' },
  }),
  testProfile({
    externalId: 'c',
    attributes: { region: 'HH', age: 95, member: false, city: 'Bonn' },
  }),
  testProfile({ externalId: 'd', attributes: { age: 40, city: 'Aachen' } }),
];

const rowsOf = (key: string, rule: SegmentRule | null = members, options = {}) => {
  const result = compositionOf(people, rule, key, context, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.rows.map((r) => [r.label, r.segmentCount, r.populationCount]);
};

describe('compositionOf', () => {
  it('lists every enum value in catalog order, zeros included, then missing', () => {
    expect(rowsOf('region')).toEqual([
      ['BY', 2, 2],
      ['BE', 0, 0],
      ['HH', 0, 1],
      ['NW', 0, 0],
      ['missing', 0, 1],
    ]);
  });

  it('computes shares against segment and population, and the lift index', () => {
    const result = compositionOf(people, members, 'region', context);
    if (!result.ok) throw new Error('expected a composition');
    expect(result.value).toMatchObject({ segmentSize: 2, population: 4 });
    expect(result.value.rows[0]).toMatchObject({
      kind: 'value',
      value: 'BY',
      segmentShare: 1,
      populationShare: 0.5,
      lift: 200,
    });
    expect(result.value.rows[1]).toMatchObject({ segmentShare: 0, populationShare: 0, lift: null });
    expect(result.value.rows[2]).toMatchObject({ segmentShare: 0, populationShare: 0.25, lift: 0 });
  });

  it('counts booleans as true, false and missing', () => {
    expect(rowsOf('member')).toEqual([
      ['true', 2, 2],
      ['false', 0, 1],
      ['missing', 0, 1],
    ]);
  });

  it('buckets numbers by nice edges from the population, the maximum in the last bucket', () => {
    expect(rowsOf('age')).toEqual([
      ['[10, 20)', 1, 1],
      ['[20, 30)', 0, 0],
      ['[30, 40)', 1, 1],
      ['[40, 50)', 0, 1],
      ['[50, 60)', 0, 0],
      ['[60, 70)', 0, 0],
      ['[70, 80)', 0, 0],
      ['[80, 90)', 0, 0],
      ['[90, 100]', 0, 1],
      ['missing', 0, 0],
    ]);
  });

  it('buckets numbers by given edges, with the values outside them in other', () => {
    expect(rowsOf('age', members, { edges: [18, 30, 40] })).toEqual([
      ['[18, 30)', 1, 1],
      ['[30, 40]', 1, 2],
      ['other', 0, 1],
      ['missing', 0, 0],
    ]);
  });

  it('counts dates by year, every year from the first to the last', () => {
    expect(rowsOf('joined_on')).toEqual([
      ['2019', 1, 1],
      ['2020', 0, 0],
      ['2021', 1, 1],
      ['missing', 0, 2],
    ]);
  });

  it('lists the top texts of the population, the rest as other', () => {
    expect(rowsOf('city', members, { topValues: 2 })).toEqual([
      ['Bonn', 1, 2],
      ['Aachen', 0, 1],
      ['other', 1, 1],
      ['missing', 0, 0],
    ]);
  });

  it('gives the whole population as its own segment in a distribution', () => {
    const result = distributionOf(people, 'member', context);
    if (!result.ok) throw new Error('expected a distribution');
    expect(result.value.segmentSize).toBe(4);
    expect(result.value.rows.map((r) => r.lift)).toEqual([100, 100, 100]);
  });

  it('has zero shares and no lifts for an empty population', () => {
    const result = compositionOf([], members, 'member', context);
    if (!result.ok) throw new Error('expected a composition');
    expect(result.value.rows.map((r) => [r.segmentShare, r.populationShare, r.lift])).toEqual([
      [0, 0, null],
      [0, 0, null],
      [0, 0, null],
    ]);
  });

  it('reports an unknown attribute and misplaced or unordered edges by path', () => {
    expect(compositionOf(people, members, 'income', context)).toEqual({
      ok: false,
      issues: [
        { path: 'attribute', code: 'unknown_attribute', message: 'unknown attribute "income"' },
      ],
    });
    const region = compositionOf(people, members, 'region', context, { edges: [1, 2] });
    expect(!region.ok && region.issues.map((i) => i.path)).toEqual(['edges']);
    const age = compositionOf(people, members, 'age', context, { edges: [1, 3, 3], topValues: 0 });
    expect(!age.ok && age.issues.map((i) => [i.path, i.code])).toEqual([
      ['edges[2]', 'invalid_range'],
      ['topValues', 'invalid_range'],
    ]);
  });
});

describe('compositionFromCounts', () => {
  it('shows an enum value no longer allowed as other, and other only then', () => {
    const plan = compositionPlan(definition('region'), { range: null, top: [] });
    expect(bucketIndexOf(plan, 'SN')).toBe(4);
    const labels = (counts: { index: number; segment: number; population: number }[]) =>
      compositionFromCounts(definition('region'), plan, counts).rows.map((r) => r.label);
    expect(labels([{ index: 4, segment: 0, population: 1 }])).toContain('other');
    expect(labels([{ index: 0, segment: 0, population: 1 }])).not.toContain('other');
  });
});

describe('attributeStatsOf', () => {
  it('breaks ties between equally frequent texts in code-point order', () => {
    const texts = ['😀', '\uFFFD', 'b', 'a', 'b'].map((city, i) =>
      testProfile({ externalId: `p${i}`, attributes: { city } }),
    );
    expect(attributeStatsOf(texts, definition('city'), 10).top).toEqual(['b', 'a', '\uFFFD', '😀']);
  });

  it('takes the range of years of dates', () => {
    expect(attributeStatsOf(people, definition('joined_on')).range).toEqual({
      min: 2019,
      max: 2021,
    });
  });
});
