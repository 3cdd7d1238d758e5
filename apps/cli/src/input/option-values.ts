import { InvalidArgumentError } from 'commander';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `--as-of`: a day (`2026-06-01`, midnight UTC, where seeded histories end) or an instant
 * with a time zone, as the API's DateTime takes it. A time without a zone is refused rather
 * than read in the machine's zone.
 */
export function parseAsOf(text: string): Date {
  if (DAY.test(text)) {
    const day = new Date(`${text}T00:00:00.000Z`);
    if (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(text)) return day;
    throw new InvalidArgumentError(`${text} is not a calendar date.`);
  }
  const at = new Date(text);
  if (INSTANT.test(text) && !Number.isNaN(at.getTime())) return at;
  throw new InvalidArgumentError(
    'Expected a date such as 2026-06-01, or an instant with a time zone such as 2026-06-01T12:00:00Z.',
  );
}

/** A whole number of at least 1 (`--size`). */
export function parsePositiveInteger(text: string): number {
  const n = Number(text);
  if (/^\d+$/.test(text) && Number.isSafeInteger(n) && n >= 1) return n;
  throw new InvalidArgumentError('Expected a whole number of at least 1.');
}

/** A whole number (`--seed`). */
export function parseInteger(text: string): number {
  const n = Number(text);
  if (/^-?\d+$/.test(text) && Number.isSafeInteger(n)) return n;
  throw new InvalidArgumentError('Expected a whole number.');
}

/** An amount of money, 0 or more (`--budget 5000`, `--budget 1250.50`). */
export function parseAmount(text: string): number {
  const n = Number(text);
  if (text.trim() !== '' && Number.isFinite(n) && n >= 0) return n;
  throw new InvalidArgumentError('Expected an amount of 0 or more, such as 5000 or 1250.50.');
}

/** Numbers separated by commas (`--buckets 18,30,45,65`). */
export function parseNumberList(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  const numbers = parts.map(Number);
  if (parts.every((part) => part !== '') && numbers.every(Number.isFinite)) return numbers;
  throw new InvalidArgumentError('Expected numbers separated by commas, such as 18,30,45,65.');
}

/** Names separated by commas (`--attributes first_name,region`). */
export function parseNameList(text: string): string[] {
  const names = text.split(',').map((part) => part.trim());
  if (names.every((name) => name !== '')) return names;
  throw new InvalidArgumentError('Expected names separated by commas, such as first_name,region.');
}
