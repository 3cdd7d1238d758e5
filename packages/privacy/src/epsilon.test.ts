import { describe, expect, it } from 'vitest';
import {
  checkEpsilon,
  epsilonFraction,
  epsilonFromUnits,
  epsilonSchema,
  epsilonUnits,
} from './epsilon';

describe('epsilonFraction', () => {
  it('gives ε as an exact reduced fraction', () => {
    expect(epsilonFraction(0.25)).toEqual({ numerator: 1, denominator: 4 });
    expect(epsilonFraction(0.1)).toEqual({ numerator: 1, denominator: 10 });
    expect(epsilonFraction(1.2345)).toEqual({ numerator: 2469, denominator: 2000 });
    expect(epsilonFraction(3)).toEqual({ numerator: 3, denominator: 1 });
  });
});

describe('epsilonUnits', () => {
  it('adds ε without floating-point drift', () => {
    let units = 0;
    for (let i = 0; i < 10; i += 1) units += epsilonUnits(0.1);
    expect(epsilonFromUnits(units)).toBe(1);
    expect(epsilonFromUnits(epsilonUnits(0.1) + epsilonUnits(0.2))).toBe(0.3);
  });
});

describe('checkEpsilon', () => {
  it('accepts positive ε with up to four decimal places', () => {
    for (const epsilon of [0.0001, 0.1, 1, 2.5, 7.1234])
      expect(() => checkEpsilon(epsilon)).not.toThrow();
  });

  it('rejects zero, negative, non-finite and too finely written ε', () => {
    for (const epsilon of [0, -0.1, Number.NaN, Infinity, 0.00001, 0.12345]) {
      expect(() => checkEpsilon(epsilon)).toThrow(RangeError);
    }
  });
});

describe('epsilonSchema', () => {
  const schema = epsilonSchema(10);
  const messageFor = (input: unknown) => schema.safeParse(input).error?.issues[0]?.message;

  it('says what is wrong', () => {
    expect(messageFor(undefined)).toBe('ε is required');
    expect(messageFor('0.1')).toBe('expected a number');
    expect(messageFor(0)).toBe('expected a positive ε (smaller is more private)');
    expect(messageFor(11)).toBe('expected ε of at most 10');
    expect(messageFor(0.12345)).toBe('expected ε with at most 4 decimal places');
    expect(messageFor(0.5)).toBeUndefined();
  });
});
