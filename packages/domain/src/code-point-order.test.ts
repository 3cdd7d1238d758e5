import { describe, expect, it } from 'vitest';
import { compareCodePoints } from './code-point-order';

describe('compareCodePoints', () => {
  it('orders by code point, as PostgreSQL\'s "C" collation does, not by UTF-16 unit', () => {
    // U+1F600 is above U+FFFD, though its first UTF-16 unit (0xD83D) is below it.
    expect(compareCodePoints('😀', '\uFFFD')).toBeGreaterThan(0);
    expect('😀' < '\uFFFD').toBe(true);
    expect(['b', '😀', 'B', '\uFFFD', 'a', 'ab', ''].sort(compareCodePoints)).toEqual([
      '',
      'B',
      'a',
      'ab',
      'b',
      '\uFFFD',
      '😀',
    ]);
  });

  it('is zero for equal texts only', () => {
    expect(compareCodePoints('Straße', 'Straße')).toBe(0);
    expect(compareCodePoints('Strasse', 'Straße')).not.toBe(0);
  });
});
