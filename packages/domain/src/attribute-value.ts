import type { AttributeDefinition, AttributeType } from './catalog';
import type { AttributeOperator } from './segment-rule';

/** A stored attribute value: text, enum value or `YYYY-MM-DD` date as a string, a number, or a boolean. */
export type AttributeValue = string | number | boolean;

const OPERATORS: Record<AttributeType, readonly AttributeOperator[]> = {
  string: ['eq', 'neq', 'in', 'notIn', 'contains', 'startsWith', 'exists', 'missing'],
  enum: ['eq', 'neq', 'in', 'notIn', 'exists', 'missing'],
  number: ['eq', 'neq', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'between', 'exists', 'missing'],
  date: ['eq', 'neq', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'between', 'exists', 'missing'],
  boolean: ['eq', 'neq', 'exists', 'missing'],
};

/** The operators a condition on an attribute of `type` may use. */
export function operatorsFor(type: AttributeType): readonly AttributeOperator[] {
  return OPERATORS[type];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (years 0001 to 9999). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks one value against an attribute's type; returns what was expected, or null when the
 * value fits. The messages are written to be shown to the person who typed the value.
 */
export function checkAttributeValue(
  definition: AttributeDefinition,
  value: unknown,
): { code: 'type_mismatch' | 'value_not_allowed'; message: string } | null {
  const name = `attribute "${definition.key}"`;
  switch (definition.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : { code: 'type_mismatch', message: `expected a number for ${name}` };
    case 'boolean':
      return typeof value === 'boolean'
        ? null
        : { code: 'type_mismatch', message: `expected true or false for ${name}` };
    case 'string':
      return typeof value === 'string'
        ? null
        : { code: 'type_mismatch', message: `expected a text for ${name}` };
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
        ? null
        : { code: 'type_mismatch', message: `expected a date written YYYY-MM-DD for ${name}` };
    case 'enum':
      if (typeof value !== 'string') {
        return { code: 'type_mismatch', message: `expected one of the values of ${name}` };
      }
      return definition.values.includes(value)
        ? null
        : {
            code: 'value_not_allowed',
            message: `value ${JSON.stringify(value)} is not allowed for ${name}; allowed: ${definition.values.join(', ')}`,
          };
  }
}
