import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttributeDefinition, Catalog, CatalogKey, indexCatalog } from './catalog';
import { catalogArbitrary } from './testing';

const entry = (key: string) => ({ key, label: key.toUpperCase() });
const catalogWith = (parts: Partial<Record<keyof Catalog, unknown[]>>) => ({
  attributes: [],
  interests: [],
  eventTypes: [],
  scoreModels: [],
  ...parts,
});

/** The issues of a failed parse as `[path, message]` pairs, to compare with what a user sees. */
function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map(({ path, message }) => [path.join('.'), message]);
}

describe('CatalogKey', () => {
  it.each(['age', 'a', 'joined_on', 'q1_2024', 'a'.repeat(63)])('accepts %s', (key) => {
    expect(CatalogKey.safeParse(key).success).toBe(true);
  });

  it.each(['', 'Age', '1st', '_age', 'joined-on', 'joined on', 'grüße', 'a'.repeat(64)])(
    'rejects %j',
    (key) => {
      const result = CatalogKey.safeParse(key);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('snake_case');
    },
  );
});

describe('AttributeDefinition', () => {
  it('fills in description and sensitivity', () => {
    expect(AttributeDefinition.parse({ key: 'age', label: 'Age', type: 'number' })).toEqual({
      key: 'age',
      label: 'Age',
      type: 'number',
      description: '',
      sensitive: 'none',
    });
  });

  it('requires an enum to list at least one allowed value', () => {
    expect(
      issuesOf(
        AttributeDefinition.safeParse({ key: 'region', label: 'Region', type: 'enum', values: [] }),
      ),
    ).toEqual([['values', 'an enum attribute needs at least one allowed value']]);
    expect(
      AttributeDefinition.safeParse({ key: 'region', label: 'Region', type: 'enum' }).success,
    ).toBe(false);
  });

  it('requires distinct, non-empty enum values', () => {
    const values = (list: string[]) =>
      AttributeDefinition.safeParse({ key: 'region', label: 'R', type: 'enum', values: list });
    expect(issuesOf(values(['BY', 'BE', 'BY']))).toEqual([
      ['values', 'allowed values must be distinct'],
    ]);
    expect(values(['BY', '']).success).toBe(false);
  });

  it.each([
    { key: 'age', label: 'Age', type: 'integer' },
    { key: 'age', label: '', type: 'number' },
    { key: 'belief', label: 'Belief', type: 'string', sensitive: 'opinion' },
  ])('rejects %j', (definition) => {
    expect(AttributeDefinition.safeParse(definition).success).toBe(false);
  });

  it('keeps the sensitive category of special data', () => {
    const definition = {
      key: 'belief',
      label: 'Belief',
      type: 'string',
      sensitive: 'religious_belief',
    };
    expect(AttributeDefinition.parse(definition).sensitive).toBe('religious_belief');
  });
});

describe('Catalog', () => {
  it.each([
    [
      'attributes',
      'attribute keys must be distinct',
      [
        { ...entry('age'), type: 'number' },
        { ...entry('age'), type: 'string' },
      ],
    ],
    ['interests', 'interest keys must be distinct', [entry('golf'), entry('golf')]],
    ['eventTypes', 'event type keys must be distinct', [entry('visit'), entry('visit')]],
    ['scoreModels', 'score model keys must be distinct', [entry('churn'), entry('churn')]],
  ])('requires distinct keys in %s', (part, message, entries) => {
    expect(issuesOf(Catalog.safeParse(catalogWith({ [part]: entries })))).toEqual([
      [part, message],
    ]);
  });

  it('allows the same key in different parts', () => {
    const catalog = catalogWith({
      attributes: [{ ...entry('golf'), type: 'boolean' }],
      interests: [entry('golf')],
    });
    expect(Catalog.safeParse(catalog).success).toBe(true);
  });

  it('names the path of a bad entry', () => {
    const catalog = catalogWith({ interests: [entry('golf'), entry('Tennis')] });
    expect(issuesOf(Catalog.safeParse(catalog))[0]?.[0]).toBe('interests.1.key');
  });
});

describe('indexCatalog', () => {
  it('finds every entry by key and nothing else', () => {
    fc.assert(
      fc.property(catalogArbitrary(), (catalog) => {
        const index = indexCatalog(catalog);
        expect(index.catalog).toBe(catalog);
        expect([...index.attributes.values()]).toEqual(catalog.attributes);
        for (const definition of catalog.attributes)
          expect(index.attributes.get(definition.key)).toBe(definition);
        expect([...index.interests]).toEqual(catalog.interests.map((e) => e.key));
        expect([...index.eventTypes]).toEqual(catalog.eventTypes.map((e) => e.key));
        expect([...index.scoreModels]).toEqual(catalog.scoreModels.map((e) => e.key));
        expect(index.attributes.has('no_such_key_at_all')).toBe(false);
      }),
    );
  });
});
