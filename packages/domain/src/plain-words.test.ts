import { describe, expect, it } from 'vitest';
import { anyOf, formatDate, formatNumber, formatPercent, noneOf, quoteText } from './plain-words';

describe('plain words', () => {
  it('writes numbers with thousands separators and every decimal they have', () => {
    expect(formatNumber(1234567.125)).toBe('1,234,567.125');
    expect(formatNumber(-2.5)).toBe('-2.5');
    expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('writes shares as percentages without floating-point noise', () => {
    expect(formatPercent(0.07)).toBe('7%');
    expect(formatPercent(0.125)).toBe('12.5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.001)).toBe('0.1%');
  });

  it('spells out the month of a date and leaves anything else as written', () => {
    expect(formatDate('2024-02-29')).toBe('29 February 2024');
    expect(formatDate('1900-01-01')).toBe('1 January 1900');
    expect(formatDate('2023-02-29')).toBe('2023-02-29');
    expect(formatDate('soon')).toBe('soon');
  });

  it('quotes texts and makes control characters visible', () => {
    expect(quoteText('Berlin')).toBe('“Berlin”');
    expect(quoteText('say "hi"')).toBe('“say "hi"”');
    expect(quoteText('a\tb\nc\u0000')).toBe('“a\\tb\\nc\\u0000”');
  });

  it('lists values with one "or" and never an "and"', () => {
    expect(anyOf(['BY'])).toBe('BY');
    expect(anyOf(['BY', 'BE'])).toBe('BY or BE');
    expect(anyOf(['BY', 'BE', 'HH'])).toBe('BY, BE or HH');
    expect(noneOf(['BY'])).toBe('not BY');
    expect(noneOf(['BY', 'BE'])).toBe('neither BY nor BE');
    expect(noneOf(['BY', 'BE', 'HH'])).toBe('none of BY, BE or HH');
  });
});
