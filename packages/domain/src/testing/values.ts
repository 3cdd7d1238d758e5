import fc from 'fast-check';
import type { AttributeValue } from '../attribute-value';
import type { AttributeDefinition } from '../catalog';
import { DAY_MS } from '../event-window';

/*
 * Value arbitraries shared by profiles and rules. They draw from small pools of "interesting"
 * values as well as from wide ranges, so that a rule's value often equals a profile's value
 * (eq, in, between ends, affinity thresholds) instead of almost never. Every value is one that
 * Postgres stores and compares exactly like JavaScript: finite numbers with at most two decimal
 * places, text without NUL or lone surrogates, dates between 1900 and 2100.
 */

/** The `withinDays` of generated event conditions; profile events cluster at these window edges. */
export const WINDOW_DAYS: readonly number[] = [1, 7, 30, 365];

const noNul = (text: string) => !text.includes('\u0000');

/** Texts that trip up naive SQL: LIKE wildcards, quotes, backslashes, case, non-ASCII, blanks. */
export const SAMPLE_TEXTS: readonly string[] = [
  '',
  ' ',
  'Berlin',
  'berlin',
  'BERLIN',
  'Bernau',
  'München',
  'Straße',
  "O'Brien",
  '100%',
  '50% off',
  'a_b',
  'a\\b',
  'say "hi"',
  'smile 😀',
  'tab\there',
  'line\nbreak',
];

/** Non-empty pieces of the sample texts (and SQL pattern characters) for `contains` and `startsWith`. */
export const SAMPLE_FRAGMENTS: readonly string[] = [
  'B',
  'Ber',
  'ber',
  'lin',
  'ü',
  'ß',
  '%',
  '_',
  '\\',
  "'",
  '"',
  '😀',
  ' ',
  '\n',
];

/** Any text a person might have typed: sample texts or random grapheme strings without NUL. */
export function textArbitrary(maxLength = 12): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SAMPLE_TEXTS) },
    fc.string({ unit: 'grapheme', maxLength }).filter(noNul),
  );
}

/** Non-empty text, as `contains` and `startsWith` require. */
export function fragmentArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...SAMPLE_FRAGMENTS),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).filter(noNul),
  );
}

/** Finite numbers stored exactly by a database: integers and two-place decimals, negatives included. */
export function numberArbitrary(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(0, 1, -1, 0.1, 0.5, -2.5, 18, 30, 65, 99.99) },
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.integer({ min: -100_000, max: 100_000 }).map((cents) => cents / 100),
  );
}

const FIRST_DAY = Date.UTC(1900, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2100, 11, 31) / DAY_MS;

/** Calendar dates `YYYY-MM-DD` from 1900-01-01 to 2100-12-31, leap days and range ends included. */
export function dateArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '1900-01-01',
        '1999-12-31',
        '2000-02-29',
        '2024-02-29',
        '2024-03-01',
        '2100-12-31',
      ),
    },
    fc
      .integer({ min: FIRST_DAY, max: LAST_DAY })
      .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10)),
  );
}

/** Values in 0..1 (affinities, scores, thresholds), often exactly 0, 1 or a round step. */
export function unitIntervalArbitrary(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
    fc.integer({ min: 0, max: 1000 }).map((thousandths) => thousandths / 1000),
  );
}

/** A value that fits an attribute's type (for enums, one of its allowed values). */
export function attributeValueArbitrary(
  definition: AttributeDefinition,
): fc.Arbitrary<AttributeValue> {
  switch (definition.type) {
    case 'string':
      return textArbitrary();
    case 'enum':
      return fc.constantFrom(...definition.values);
    case 'number':
      return numberArbitrary();
    case 'date':
      return dateArbitrary();
    case 'boolean':
      return fc.boolean();
  }
}
