import { Catalog, indexCatalog, type SegmentRule } from '@pinpoint/domain';
import { describe, expect, it } from 'vitest';
import { attributeUniquenessOf } from './attribute-uniqueness';
import { isolatingConditions, type IsolationOptions } from './isolating-rules';
import { testProfile } from '@pinpoint/domain/testing';

const catalog = indexCatalog(
  Catalog.parse({
    attributes: [
      { key: 'email', label: 'E-mail', type: 'string' },
      { key: 'postcode', label: 'Postcode', type: 'string' },
      { key: 'region', label: 'Region', type: 'enum', values: ['BY', 'BE', 'HH', 'NW'] },
      { key: 'age', label: 'Age', type: 'number' },
      { key: 'last_name', label: 'Last name', type: 'string' },
      { key: 'shoe_size', label: 'Shoe size', type: 'number' },
    ],
    interests: [],
    eventTypes: [],
    scoreModels: [],
  }),
);

// 10,000 profiles: unique e-mails; 6,000 postcodes; 4 regions; 78 ages; 40 shoe sizes.
const options: IsolationOptions = {
  catalog,
  minimumAudience: 100,
  statistics: [
    { key: 'email', distinctValues: 10_000, nonNullCount: 10_000 },
    { key: 'postcode', distinctValues: 6000, nonNullCount: 10_000 },
    { key: 'region', distinctValues: 4, nonNullCount: 10_000 },
    { key: 'age', distinctValues: 78, nonNullCount: 9700 },
    { key: 'shoe_size', distinctValues: 40, nonNullCount: 2000 },
  ],
};

const condition = (attribute: object): SegmentRule => ({ attribute }) as SegmentRule;

describe('isolatingConditions', () => {
  it('allows ordinary conditions', () => {
    const rule: SegmentRule = {
      and: [
        condition({ key: 'region', op: 'eq', value: 'BY' }),
        condition({ key: 'age', op: 'in', values: [30, 31] }),
        condition({ key: 'postcode', op: 'startsWith', value: '80' }),
        condition({ key: 'email', op: 'exists' }),
        { reachable: { channel: 'email' } },
      ],
    };
    expect(isolatingConditions(rule, options)).toEqual([]);
  });

  it('refuses any use of an identifier but whether it is there, naming the attribute', () => {
    const rule: SegmentRule = {
      or: [
        condition({ key: 'email', op: 'contains', value: 'anna' }),
        { not: condition({ key: 'email', op: 'eq', value: 'anna@example.org' }) },
        condition({ key: 'email', op: 'missing' }),
      ],
    };
    expect(isolatingConditions(rule, options)).toEqual([
      {
        path: 'rule.or[0].attribute',
        key: 'email',
        reason: 'identifier',
        message:
          'attribute "email" (E-mail) identifies people (10,000 distinct values among 10,000 profiles): partners may not use it in rules',
      },
      expect.objectContaining({ path: 'rule.or[1].not.attribute', reason: 'identifier' }),
    ]);
  });

  it('refuses exact matches on nearly unique values, and their complements', () => {
    const found = isolatingConditions(
      {
        and: [
          condition({ key: 'postcode', op: 'eq', value: '10115' }),
          condition({ key: 'postcode', op: 'notIn', values: ['10115', '10117'] }),
          condition({ key: 'postcode', op: 'contains', value: '101' }),
        ],
      },
      options,
    );
    expect(found.map((f) => [f.path, f.reason])).toEqual([
      ['rule.and[0].attribute', 'nearly_unique_values'],
      ['rule.and[1].attribute', 'nearly_unique_values'],
    ]);
    expect(found[0]!.message).toBe(
      'attribute "postcode" (Postcode) has nearly unique values (6,000 distinct values among 10,000 profiles, more than 50%): partners may not match it exactly (eq, neq, in, notIn, or between equal ends)',
    );
  });

  it('refuses exact matches on values fewer people share than the minimum audience', () => {
    const rule: SegmentRule = {
      and: [
        condition({ key: 'shoe_size', op: 'between', min: 44, max: 44 }),
        condition({ key: 'shoe_size', op: 'between', min: 40, max: 44 }),
      ],
    };
    const found = isolatingConditions(rule, options);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'rule.and[0].attribute', reason: 'small_value_groups' });
    expect(found[0]!.message).toContain('on average only 50 profiles share a value');
    // With a smaller minimum audience the same condition is fine.
    expect(isolatingConditions(rule, { ...options, minimumAudience: 50 })).toEqual([]);
  });

  it('refuses exact matches on attributes without statistics, and declared identifiers', () => {
    const rule = condition({ key: 'last_name', op: 'eq', value: 'Müller' });
    expect(isolatingConditions(rule, options)[0]).toMatchObject({ reason: 'no_statistics' });
    const declared = isolatingConditions(
      condition({ key: 'last_name', op: 'startsWith', value: 'M' }),
      {
        ...options,
        identifierKeys: ['last_name'],
      },
    );
    expect(declared[0]!.message).toBe(
      'attribute "last_name" (Last name) is declared an identifier: partners may not use it in rules',
    );
  });

  it('looks into referenced segments', () => {
    const segments = (id: string) =>
      id === 'one-person'
        ? {
            id,
            name: 'One person',
            rule: condition({ key: 'email', op: 'eq', value: 'a@b.example' }),
          }
        : undefined;
    const found = isolatingConditions(
      { and: [{ segment: { id: 'one-person' } }] },
      { ...options, segments },
    );
    expect(found.map((f) => f.path)).toEqual(['rule.and[0].segment("one-person").attribute']);
  });

  it('judges statistics computed from profiles', () => {
    const people = Array.from({ length: 300 }, (_, i) =>
      testProfile({
        externalId: `p${i}`,
        attributes: { email: `p${i}@x.example`, region: i % 2 ? 'BY' : 'BE' },
      }),
    );
    const statistics = ['email', 'region'].map((key) => attributeUniquenessOf(people, key));
    expect(statistics).toEqual([
      { key: 'email', distinctValues: 300, nonNullCount: 300 },
      { key: 'region', distinctValues: 2, nonNullCount: 300 },
    ]);
    const rule: SegmentRule = {
      and: [
        condition({ key: 'region', op: 'eq', value: 'BY' }),
        condition({ key: 'email', op: 'eq', value: 'p1@x.example' }),
      ],
    };
    expect(isolatingConditions(rule, { ...options, statistics }).map((f) => f.key)).toEqual([
      'email',
    ]);
  });
});
