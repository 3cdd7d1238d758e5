import { isIsoDate } from '@pinpoint/domain';

/** The placeholders a date format may use; everything else must appear literally. */
export const DATE_FORMAT_TOKENS = ['YYYY', 'MM', 'DD', 'M', 'D'] as const;

type Token = (typeof DATE_FORMAT_TOKENS)[number];

const TOKEN_PATTERN: Record<Token, string> = {
  YYYY: '(\\d{4})',
  MM: '(\\d{2})',
  DD: '(\\d{2})',
  M: '(\\d{1,2})',
  D: '(\\d{1,2})',
};

/** Reads dates written in one format and returns them as `YYYY-MM-DD`, or null when invalid. */
export type DateParser = (text: string) => string | null;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What is wrong with a date format, or null when it can be compiled. */
export function dateFormatProblem(format: string): string | null {
  try {
    compileDateFormat(format);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Compiles a date format such as `DD.MM.YYYY` or `M/D/YYYY` into a parser. Dates that do not
 * exist (`31.02.2024`) are invalid, not rolled over into the next month.
 */
export function compileDateFormat(format: string): DateParser {
  const parts: Token[] = [];
  let pattern = '';
  let rest = format;
  while (rest.length > 0) {
    // Longest tokens first, so that `MM` is not read as two `M`s.
    const token = DATE_FORMAT_TOKENS.find((candidate) => rest.startsWith(candidate));
    if (token) {
      parts.push(token);
      pattern += TOKEN_PATTERN[token];
      rest = rest.slice(token.length);
    } else {
      pattern += escapeRegExp(rest[0] ?? '');
      rest = rest.slice(1);
    }
  }
  const regex = new RegExp(`^${pattern}$`);
  const yearAt = parts.indexOf('YYYY');
  const monthAt = parts.findIndex((part) => part === 'MM' || part === 'M');
  const dayAt = parts.findIndex((part) => part === 'DD' || part === 'D');
  if (yearAt < 0 || monthAt < 0 || dayAt < 0) {
    throw new Error(
      `expected a date format with a year (YYYY), a month (MM or M) and a day (DD or D), e.g. "DD.MM.YYYY"`,
    );
  }
  return (text) => {
    const match = regex.exec(text);
    if (!match) return null;
    const at = (index: number) => match[index + 1] ?? '';
    const iso = `${at(yearAt)}-${at(monthAt).padStart(2, '0')}-${at(dayAt).padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : null;
  };
}
