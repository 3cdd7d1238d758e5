import { isIsoDate } from './attribute-value';

/*
 * Small helpers that write values the way a reader of a public notice expects them: numbers
 * with thousands separators, dates with the month spelt out, texts in quotes, lists with a
 * single "or" and never an "and", so that "and" is left to join conditions.
 */

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/** `1234.5` as `1,234.5`. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** A share in 0..1 as a percentage: `0.125` as `12.5%`, `0.07` as `7%` (not `7.000000000000001%`). */
export function formatPercent(share: number): string {
  return `${formatNumber(Number((share * 100).toPrecision(12)))}%`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2024-03-01` as `1 March 2024`; anything that is not a `YYYY-MM-DD` date stays as written. */
export function formatDate(text: string): string {
  if (!isIsoDate(text)) return text;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * A text in typographic quotes, with control characters (line breaks, tabs) shown as escapes
 * so that a value cannot break the sentence it stands in.
 */
export function quoteText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
  return `“${visible}”`;
}

/** `A`, `A or B`, `A, B or C`. */
export function anyOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** `not A`, `neither A nor B`, `none of A, B or C`. */
export function noneOf(items: readonly string[]): string {
  if (items.length <= 1) return `not ${items[0] ?? ''}`;
  if (items.length === 2) return `neither ${items[0]} nor ${items[1]}`;
  return `none of ${anyOf(items)}`;
}
