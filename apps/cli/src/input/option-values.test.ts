import { describe, expect, it } from 'vitest';
import { parseAmount, parseAsOf, parseNumberList, parsePositiveInteger } from './option-values';

describe('option values', () => {
  it('reads --as-of as a UTC day or an instant with a zone', () => {
    expect(parseAsOf('2026-06-01').toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(parseAsOf('2026-06-01T12:30:00+02:00').toISOString()).toBe('2026-06-01T10:30:00.000Z');
    expect(() => parseAsOf('2026-02-30')).toThrow('2026-02-30 is not a calendar date.');
    expect(() => parseAsOf('2026-06-01T12:00')).toThrow(/time zone/);
    expect(() => parseAsOf('yesterday')).toThrow(/Expected a date/);
  });

  it('reads numbers and lists, refusing what is not one', () => {
    expect(parsePositiveInteger('500')).toBe(500);
    expect(() => parsePositiveInteger('0')).toThrow();
    expect(() => parsePositiveInteger('1e3')).toThrow();
    expect(parseAmount('1250.50')).toBe(1250.5);
    expect(() => parseAmount('-1')).toThrow();
    expect(() => parseAmount('')).toThrow();
    expect(parseNumberList('18, 30,45')).toEqual([18, 30, 45]);
    expect(() => parseNumberList('18,,30')).toThrow();
  });
});
