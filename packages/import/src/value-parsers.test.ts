import { describe, expect, it } from 'vitest';
import { parseBoolean, parseConsent, parseNumber, parseTimestamp } from './value-parsers';

describe('value parsers', () => {
  it('reads decimal numbers strictly', () => {
    expect(parseNumber('42')).toBe(42);
    expect(parseNumber('-3.5')).toBe(-3.5);
    expect(parseNumber('1e6')).toBe(1e6);
    expect(parseNumber('3,5', ',')).toBe(3.5);
    for (const text of ['', ' ', '0x1F', 'Infinity', '1,5', '1.2.3', 'abc'])
      expect(parseNumber(text)).toBeNull();
  });

  it('reads yes/no words, and 1/0 only when allowed', () => {
    expect(parseBoolean('Yes')).toBe(true);
    expect(parseBoolean('FALSE')).toBe(false);
    expect(parseBoolean('1')).toBe(true);
    expect(parseBoolean('1', false)).toBeNull();
    expect(parseBoolean('maybe')).toBeNull();
  });

  it('reads consent words and yes/no as granted/denied', () => {
    expect(parseConsent('granted')).toBe('granted');
    expect(parseConsent('no')).toBe('denied');
    expect(parseConsent('Unknown')).toBe('unknown');
    expect(parseConsent('perhaps')).toBeNull();
  });

  it('reads ISO timestamps, taking those without a zone as UTC', () => {
    expect(parseTimestamp('2024-03-01')?.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(parseTimestamp('2024-03-01 10:30')?.toISOString()).toBe('2024-03-01T10:30:00.000Z');
    expect(parseTimestamp('2024-03-01T10:30:00+02:00')?.toISOString()).toBe(
      '2024-03-01T08:30:00.000Z',
    );
    expect(parseTimestamp('yesterday')).toBeNull();
    expect(parseTimestamp('2024-13-01')).toBeNull();
  });
});
