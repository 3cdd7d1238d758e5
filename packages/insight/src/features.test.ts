import type { Catalog, Profile } from '@pinpoint/domain';
import { describe, expect, it } from 'vitest';
import { columnIndex } from './design-matrix';
import { encodeProfiles, fitFeatureEncoder } from './features';

const asOf = new Date('2025-06-01T00:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

const catalog: Catalog = {
  attributes: [
    { key: 'name', label: 'Name', type: 'string', description: '', sensitive: 'none' },
    { key: 'age', label: 'Age', type: 'number', unit: 'years', description: '', sensitive: 'none' },
    { key: 'signup', label: 'Signup', type: 'date', description: '', sensitive: 'none' },
    {
      key: 'tier',
      label: 'Tier',
      type: 'enum',
      values: ['gold', 'silver', 'bronze', 'iron'],
      description: '',
      sensitive: 'none',
    },
    { key: 'member', label: 'Member', type: 'boolean', description: '', sensitive: 'none' },
    {
      key: 'faith',
      label: 'Faith',
      type: 'enum',
      values: ['a', 'b'],
      description: '',
      sensitive: 'religious_belief',
    },
  ],
  interests: [
    { key: 'climate', label: 'Climate', description: '' },
    { key: 'chess', label: 'Chess', description: '' },
  ],
  eventTypes: [{ key: 'visit', label: 'Visit', description: '' }],
  scoreModels: [],
};

let counter = 0;
function person(
  attributes: Profile['attributes'],
  climate?: number,
  visitsDaysAgo: number[] = [],
): Profile {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    externalId: `P${counter}`,
    attributes,
    interests: climate === undefined ? [] : [{ topic: 'climate', affinity: climate }],
    events: visitsDaysAgo.map((days) => ({
      type: 'visit',
      occurredAt: new Date(asOf.getTime() - days * DAY),
      properties: {},
    })),
    scores: [],
    channels: [],
    preferredChannel: null,
  };
}

const sample = [
  person(
    { name: 'A', age: 20, signup: '2024-06-01', tier: 'gold', member: true, faith: 'a' },
    0.5,
    [1, 2, 400],
  ),
  person(
    { name: 'B', age: 40, signup: '2023-06-01', tier: 'silver', member: false, faith: 'b' },
    1,
  ),
  person({ name: 'C', tier: 'silver', member: true }, undefined, [10]),
  person({ name: 'D', age: 60, signup: '2025-06-01', tier: 'silver', member: false }),
  person({ age: 80, tier: 'bronze' }, 0.25),
];

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

describe('fitFeatureEncoder', () => {
  const encoder = fitFeatureEncoder(catalog, sample, { asOf, minLevelCount: 1 });
  const design = encodeProfiles(encoder, sample);
  const columnValues = (name: string) => {
    const j = columnIndex(design, name);
    return sample.map((_, i) => design.values[i * design.columns.length + j]!);
  };

  it('makes the documented columns, leaving out free text and sensitive attributes', () => {
    expect(encoder.columns.map((c) => c.name)).toEqual([
      'attribute:age',
      'attribute:age:missing',
      'attribute:signup',
      'attribute:signup:missing',
      'attribute:tier=gold',
      'attribute:tier=bronze',
      'attribute:member',
      'attribute:member:missing',
      'interest:climate',
      'event:visit',
    ]);
    expect(encoder.sensitiveAttributes).toEqual([]);
  });

  it('standardises numbers over the people who have them and flags the others', () => {
    const ages = [20, 40, 60, 80];
    const expected = [20, 40, undefined, 60, 80].map((age) =>
      age === undefined ? 0 : (age - mean(ages)) / sd(ages),
    );
    columnValues('attribute:age').forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
    expect(columnValues('attribute:age:missing')).toEqual([0, 0, 1, 0, 0]);
    expect(design.columns[columnIndex(design, 'attribute:age')]!.label).toBe(
      'Age, per SD (22.4 years)',
    );
  });

  it('turns dates into years before asOf', () => {
    // 2024-06-01, 2023-06-01 (across 29 February 2024) and 2025-06-01, in days before asOf.
    const years = [365, 731, 0].map((days) => days / 365.25);
    const signup = design.columns[columnIndex(design, 'attribute:signup')]!;
    expect(signup.center).toBeCloseTo(mean(years), 12);
    expect(signup.scale).toBeCloseTo(sd(years), 12);
  });

  it('one-hot encodes enums against the most frequent level, with no column for unseen ones', () => {
    expect(columnValues('attribute:tier=gold')).toEqual([1, 0, 0, 0, 0]);
    expect(columnValues('attribute:tier=bronze')).toEqual([0, 0, 0, 0, 1]);
    expect(design.columns[columnIndex(design, 'attribute:tier=gold')]!.label).toBe(
      'Tier: gold (vs silver)',
    );
  });

  it('encodes booleans as 0/1 with a missing indicator', () => {
    expect(columnValues('attribute:member')).toEqual([1, 0, 1, 0, 0]);
    expect(columnValues('attribute:member:missing')).toEqual([0, 0, 0, 0, 1]);
  });

  it('standardises interest affinities (0 when not held) and log event counts within the window', () => {
    const affinities = [0.5, 1, 0, 0, 0.25];
    columnValues('interest:climate').forEach((v, i) =>
      expect(v).toBeCloseTo((affinities[i]! - mean(affinities)) / sd(affinities), 12),
    );
    // The visit 400 days ago is outside the 365-day window.
    const logs = [2, 0, 1, 0, 0].map(Math.log1p);
    columnValues('event:visit').forEach((v, i) =>
      expect(v).toBeCloseTo((logs[i]! - mean(logs)) / sd(logs), 12),
    );
  });

  it('pools rare levels with the reference, and follows a chosen reference', () => {
    const pooled = fitFeatureEncoder(catalog, sample, { asOf, minLevelCount: 2 });
    expect(pooled.columns.filter((c) => c.key === 'tier')).toEqual([]);
    const gold = fitFeatureEncoder(catalog, sample, {
      asOf,
      minLevelCount: 1,
      referenceLevels: { tier: 'gold' },
    });
    expect(gold.columns.filter((c) => c.key === 'tier').map((c) => c.name)).toEqual([
      'attribute:tier=silver',
      'attribute:tier=bronze',
    ]);
  });

  it('uses a sensitive attribute only when named, and says so', () => {
    const withFaith = fitFeatureEncoder(catalog, sample, {
      asOf,
      minLevelCount: 1,
      includeSensitive: ['faith'],
    });
    expect(withFaith.sensitiveAttributes).toEqual(['faith']);
    expect(withFaith.columns.filter((c) => c.key === 'faith').map((c) => c.name)).toEqual([
      'attribute:faith=b',
      'attribute:faith:missing',
    ]);
  });

  it('encodes later profiles on the fitted scale, unseen levels as the reference', () => {
    const later = encodeProfiles(encoder, [person({ age: 50, tier: 'iron', member: true })]);
    const at = (name: string) => later.values[columnIndex(later, name)]!;
    expect(at('attribute:age')).toBeCloseTo((50 - 50) / sd([20, 40, 60, 80]), 12);
    expect(at('attribute:tier=gold') + at('attribute:tier=bronze')).toBe(0);
  });

  it('names unknown attributes in its options', () => {
    expect(() => fitFeatureEncoder(catalog, sample, { asOf, exclude: ['height'] })).toThrow(
      /height/,
    );
    expect(() =>
      fitFeatureEncoder(catalog, sample, { asOf, referenceLevels: { tier: 'platinum' } }),
    ).toThrow(/platinum/);
  });
});
