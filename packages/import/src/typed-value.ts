import type { AttributeType, AttributeValue } from '@pinpoint/domain';
import type { DateParser } from './date-format';
import type { EnumDomain } from './enum-domain';
import { parseBoolean, parseNumber } from './value-parsers';
import { quoted, ValueProblem, type PlainValue } from './value-normalizer';

/** Longest text value a profile may hold (the domain's limit). */
const MAX_TEXT_LENGTH = 10_000;

/** How an attribute's cleaned values become stored values. */
export interface TypedValueOptions {
  key: string;
  type: AttributeType;
  parseDate: DateParser;
  dateFormat: string;
  decimalSeparator: '.' | ',';
  /** Allowed values, for enums. */
  domain?: EnumDomain | undefined;
}

/** Turns a cleaned value into the attribute's type, or says why it cannot. */
export type TypedValueParser = (value: PlainValue) => AttributeValue | ValueProblem;

/** Builds the typing step of one attribute. */
export function typedValueParser(options: TypedValueOptions): TypedValueParser {
  const name = `attribute "${options.key}"`;
  const mismatch = (expected: string, value: PlainValue) =>
    new ValueProblem('type_mismatch', `expected ${expected} for ${name}, found ${quoted(value)}`);
  switch (options.type) {
    case 'number':
      return (value) => {
        if (typeof value === 'number')
          return Number.isFinite(value) ? value : mismatch('a number', value);
        const number =
          typeof value === 'string' ? parseNumber(value, options.decimalSeparator) : null;
        return number ?? mismatch('a number', value);
      };
    case 'boolean':
      return (value) => {
        if (typeof value === 'boolean') return value;
        return (
          parseBoolean(String(value)) ?? mismatch('yes/no (true, false, yes, no, 1, 0)', value)
        );
      };
    case 'date':
      return (value) =>
        (typeof value === 'string' ? options.parseDate(value) : null) ??
        mismatch(`a date written ${options.dateFormat}`, value);
    case 'string':
      return (value) => checkedText(String(value), name);
    case 'enum':
      return (value) => {
        const text = checkedText(String(value), name);
        if (text instanceof ValueProblem || options.domain?.accept(text)) return text;
        const allowed = options.domain?.values ?? [];
        const shown = allowed.slice(0, 10).join(', ') + (allowed.length > 10 ? ', …' : '');
        return new ValueProblem(
          'value_not_allowed',
          `${quoted(value)} is not one of the values of ${name} (${shown})`,
        );
      };
  }
}

function checkedText(text: string, name: string): string | ValueProblem {
  if (text.length > MAX_TEXT_LENGTH) {
    return new ValueProblem(
      'too_long',
      `the value of ${name} is longer than ${MAX_TEXT_LENGTH.toLocaleString('en')} characters`,
    );
  }
  if (text.includes('\u0000')) {
    return new ValueProblem(
      'invalid_text',
      `the value of ${name} holds a NUL character, which cannot be stored`,
    );
  }
  return text;
}
