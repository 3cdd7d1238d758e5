import { describe, expect, it } from 'vitest';
import { compileDateFormat } from './date-format';
import { inferAttributeType } from './type-inference';

const options = {
  parseDate: compileDateFormat('YYYY-MM-DD'),
  decimalSeparator: '.' as const,
  enumMaxValues: 5,
};
const infer = (values: (string | number | boolean)[]) => inferAttributeType(values, options).type;

describe('inferAttributeType', () => {
  it('tries boolean, number and date before enum and text', () => {
    expect(infer(['yes', 'no', 'Yes'])).toBe('boolean');
    expect(infer(['1', '0', '1'])).toBe('number');
    expect(infer(['12', '-3.5', 7])).toBe('number');
    expect(infer(['2024-01-01', '1999-12-31'])).toBe('date');
  });

  it('takes few repeated values for an enum and anything else for text', () => {
    expect(inferAttributeType(['a', 'b', 'a', 'b'], options)).toEqual({
      type: 'enum',
      values: ['a', 'b'],
    });
    expect(infer(['a', 'b', 'c'])).toBe('string');
    expect(infer(['a', 'b', 'c', 'd', 'e', 'f', 'a', 'b', 'c', 'd', 'e', 'f'])).toBe('string');
    expect(infer([])).toBe('string');
  });
});
