import type { Consent } from '@pinpoint/domain';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a decimal number (`42`, `-3.5`, `1e6`; with `decimalSeparator: ','` also `3,5`).
 * Stricter than `Number()`, which takes `""`, `"0x1F"` and `"Infinity"` for numbers.
 */
export function parseNumber(text: string, decimalSeparator: '.' | ',' = '.'): number | null {
  const normal = decimalSeparator === ',' ? text.replace(',', '.') : text;
  if (!NUMBER.test(normal)) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', 't']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'f']);

/**
 * Reads a yes/no value: true/false, yes/no, y/n, t/f in any case; with `allowDigits` also 1/0
 * (not when inferring a type, where 1/0 columns are numbers).
 */
export function parseBoolean(text: string, allowDigits = true): boolean | null {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word) || (allowDigits && word === '1')) return true;
  if (FALSE_WORDS.has(word) || (allowDigits && word === '0')) return false;
  return null;
}

/** Reads a consent value: granted/denied/unknown, or a yes/no value (yes is granted). */
export function parseConsent(text: string): Consent | null {
  const word = text.toLowerCase();
  if (word === 'granted' || word === 'denied' || word === 'unknown') return word;
  const yes = parseBoolean(word);
  return yes === null ? null : yes ? 'granted' : 'denied';
}

const ISO_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads an ISO 8601 date or timestamp (`2024-03-01`, `2024-03-01T10:00:00Z`). A timestamp
 * without a zone is UTC, so that the same file gives the same instants on every machine.
 */
export function parseTimestamp(text: string): Date | null {
  if (!ISO_TIMESTAMP.test(text)) return null;
  const iso = text.length === 10 ? `${text}T00:00:00` : text.replace(' ', 'T');
  const date = new Date(/(?:Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
