import { describe, expect, it } from 'vitest';
import { compileDateFormat, dateFormatProblem } from './date-format';

describe('compileDateFormat', () => {
  it('reads dates in the given format as YYYY-MM-DD', () => {
    expect(compileDateFormat('DD.MM.YYYY')('05.03.2024')).toBe('2024-03-05');
    expect(compileDateFormat('M/D/YYYY')('3/5/2024')).toBe('2024-03-05');
    expect(compileDateFormat('YYYY-MM-DD')('2024-12-31')).toBe('2024-12-31');
  });

  it('refuses dates that do not exist or do not follow the format', () => {
    const parse = compileDateFormat('DD.MM.YYYY');
    expect(parse('31.02.2024')).toBeNull();
    expect(parse('2024-03-05')).toBeNull();
    expect(parse('5.3.2024')).toBeNull();
    expect(compileDateFormat('YYYY-MM-DD')('2023-02-29')).toBeNull();
  });

  it('explains a format without year, month or day', () => {
    expect(dateFormatProblem('MM/YYYY')).toContain('a day (DD or D)');
    expect(dateFormatProblem('DD.MM.YYYY')).toBeNull();
  });
});
