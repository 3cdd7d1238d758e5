import { DAY_MS } from '@pinpoint/domain';

/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC),
 * with integer maths only: no `Date` objects per profile, and no time zone or locale can
 * change a result.
 */

/** The day number of a civil date (Howard Hinnant's `days_from_civil`). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

/** Formats a day number as `YYYY-MM-DD` (years 1000–9999), the catalog's date format. */
export function isoDate(dayNumber: number): string {
  // Hinnant's `civil_from_days`.
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The reference instant of a population, split once into the parts generation needs. */
export interface AsOf {
  readonly ms: number;
  /** Day number of the UTC calendar day `asOf` falls on. */
  readonly day: number;
  readonly year: number;
  readonly month: number;
  readonly dayOfMonth: number;
}

/** Splits an instant into its UTC calendar parts; throws on an invalid date. */
export function asOfParts(asOf: Date): AsOf {
  const ms = asOf.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('asOf must be a valid date');
  return {
    ms,
    day: Math.floor(ms / DAY_MS),
    year: asOf.getUTCFullYear(),
    month: asOf.getUTCMonth() + 1,
    dayOfMonth: asOf.getUTCDate(),
  };
}

/**
 * The day number of the latest birth date that makes someone `age` years old on the UTC
 * day of `asOf` (their birthday is that day). Births in the 365 or 366 days up to and
 * including it have that age. On 29 February the anniversary in a common year is the 28th,
 * so the usual "has the birthday (month, day) passed?" rule agrees.
 */
export function latestBirthDayForAge(asOf: AsOf, age: number): number {
  const year = asOf.year - age;
  const day =
    asOf.month === 2 && asOf.dayOfMonth === 29 && !isLeapYear(year) ? 28 : asOf.dayOfMonth;
  return daysFromCivil(year, asOf.month, day);
}

/**
 * Age in whole years on the UTC day of `asOf` of someone born on `birthDate` (`YYYY-MM-DD`):
 * the years between, minus one while this year's birthday is still to come. The rule the
 * generated `age` and `birth_date` agree by.
 */
export function ageOn(birthDate: string, asOf: Date): number {
  const [year = 0, month = 0, day = 0] = birthDate.split('-').map(Number);
  const asOfMonth = asOf.getUTCMonth() + 1;
  const beforeBirthday = asOfMonth < month || (asOfMonth === month && asOf.getUTCDate() < day);
  return asOf.getUTCFullYear() - year - (beforeBirthday ? 1 : 0);
}
