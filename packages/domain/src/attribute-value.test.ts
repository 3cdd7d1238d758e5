import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAttributeValue, isIsoDate, operatorsFor } from './attribute-value';
import { AttributeDefinition } from './catalog';

const definition = (input: Record<string, unknown>) =>
  AttributeDefinition.parse({ label: 'L', ...input });

describe('operatorsFor', () => {
  // The table "Attribute conditions by type" in SEMANTICS.md.
  it.each([
    ['string', 'eq neq in notIn contains startsWith exists missing'],
    ['enum', 'eq neq in notIn exists missing'],
    ['number', 'eq neq in notIn lt lte gt gte between exists missing'],
    ['date', 'eq neq in notIn lt lte gt gte between exists missing'],
    ['boolean', 'eq neq exists missing'],
  ] as const)('allows on %s: %s', (type, operators) => {
    expect([...operatorsFor(type)].sort()).toEqual(operators.split(' ').sort());
  });
});

describe('isIsoDate', () => {
  const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysIn = (year: number, month: number) =>
    [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('accepts exactly the days that exist, by the Gregorian leap year rule', () => {
    const parts = fc.tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    );
    fc.assert(
      fc.property(parts, ([year, month, day]) => {
        expect(isIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(
          day <= daysIn(year, month),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it.each(['2000-02-29', '2024-02-29', '1900-02-28', '0001-01-01', '9999-12-31', '0099-02-28'])(
    'accepts %s',
    (text) => {
      expect(isIsoDate(text)).toBe(true);
    },
  );

  it.each([
    '1900-02-29',
    '2023-02-30',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-01-00',
    '0000-01-01',
    '2023-1-05',
    '+02023-01-05',
    '2023/01/05',
    '2023-01-05T00:00:00Z',
    ' 2023-01-05',
    '2023-01-05\n',
    '２０２３-01-05',
    '',
  ])('rejects %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});

describe('checkAttributeValue', () => {
  const region = definition({ key: 'region', type: 'enum', values: ['BY', 'BE'] });

  it.each([
    [
      definition({ key: 'age', type: 'number' }),
      [0, -1.5, 1e9],
      ['1', NaN, Infinity, -Infinity, true, null],
    ],
    [definition({ key: 'member', type: 'boolean' }), [true, false], ['true', 0, 1, null]],
    [definition({ key: 'city', type: 'string' }), ['', 'Berlin'], [1, false, null, undefined]],
    [
      definition({ key: 'joined_on', type: 'date' }),
      ['2024-02-29'],
      ['2023-02-29', 20240229, new Date(), null],
    ],
    [region, ['BY', 'BE'], [1, true, null]],
  ])('checks the type of %j', (attribute, good: unknown[], bad: unknown[]) => {
    for (const value of good) expect(checkAttributeValue(attribute, value)).toBeNull();
    for (const value of bad)
      expect(checkAttributeValue(attribute, value)?.code).toBe('type_mismatch');
  });

  it('refuses enum values that are not allowed, listing the allowed ones', () => {
    expect(checkAttributeValue(region, 'by')).toEqual({
      code: 'value_not_allowed',
      message: 'value "by" is not allowed for attribute "region"; allowed: BY, BE',
    });
  });
});
