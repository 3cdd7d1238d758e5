import { describe, expect, it } from 'vitest';
import { ageOn, asOfParts, daysFromCivil, isoDate, latestBirthDayForAge } from './calendar';

const DAY_MS = 86_400_000;

describe('calendar', () => {
  it('agrees with Date on day numbers and ISO dates across two centuries', () => {
    for (let day = -25_000; day < 25_000; day += 37) {
      expect(isoDate(day)).toBe(new Date(day * DAY_MS).toISOString().slice(0, 10));
      const date = new Date(day * DAY_MS);
      expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(
        day,
      );
    }
  });

  it.each([
    '2025-06-01T00:00:00Z',
    '2024-02-29T12:00:00Z',
    '2023-12-31T23:59:59Z',
    '2025-03-01T08:00:00Z',
  ])('gives birth dates that have exactly the drawn age on %s', (instant) => {
    const asOf = new Date(instant);
    const parts = asOfParts(asOf);
    for (let age = 18; age <= 95; age += 1) {
      const latest = latestBirthDayForAge(parts, age);
      const earliest = latestBirthDayForAge(parts, age + 1) + 1;
      expect(latest - earliest + 1).toBeGreaterThanOrEqual(365);
      expect(ageOn(isoDate(latest), asOf)).toBe(age);
      expect(ageOn(isoDate(earliest), asOf)).toBe(age);
      expect(ageOn(isoDate(earliest - 1), asOf)).toBe(age + 1);
    }
  });

  it('rejects an invalid asOf', () => {
    expect(() => asOfParts(new Date(Number.NaN))).toThrow(RangeError);
  });
});
