import type { AttributeType } from '@pinpoint/domain';
import type { DateParser } from './date-format';
import { parseBoolean, parseNumber } from './value-parsers';
import type { PlainValue } from './value-normalizer';

/** What the sample of a column suggests its attribute is. */
export interface InferredType {
  type: AttributeType;
  /** For enums: the distinct values seen, in the order they first appear. */
  values?: string[];
}

/** How a column's sample is judged. */
export interface InferenceOptions {
  parseDate: DateParser;
  decimalSeparator: '.' | ',';
  /** An enum has at most this many distinct values in the sample. */
  enumMaxValues: number;
}

/**
 * Infers an attribute type from a sample of a column's known (not missing) values. The first
 * type every value fits wins, in the order boolean, number, date; otherwise a column with few
 * distinct values that repeat (at most `enumMaxValues`, and at most half as many as values)
 * is an enum, and anything else text. A column with no known value is text. `1`/`0` columns
 * are numbers, not booleans.
 */
export function inferAttributeType(
  values: readonly PlainValue[],
  options: InferenceOptions,
): InferredType {
  if (values.length === 0) return { type: 'string' };
  const texts = values.map((value) => String(value));
  const all = (fits: (value: PlainValue, text: string) => boolean) =>
    values.every((value, index) => fits(value, texts[index] as string));
  if (all((value, text) => typeof value === 'boolean' || parseBoolean(text, false) !== null)) {
    return { type: 'boolean' };
  }
  if (
    all(
      (value, text) =>
        typeof value === 'number' || parseNumber(text, options.decimalSeparator) !== null,
    )
  ) {
    return { type: 'number' };
  }
  if (all((value, text) => typeof value === 'string' && options.parseDate(text) !== null)) {
    return { type: 'date' };
  }
  const distinct = [...new Set(texts)];
  const fitEnum = distinct.every((text) => text.length >= 1 && text.length <= 200);
  if (fitEnum && distinct.length <= options.enumMaxValues && distinct.length * 2 <= values.length) {
    return { type: 'enum', values: distinct };
  }
  return { type: 'string' };
}
