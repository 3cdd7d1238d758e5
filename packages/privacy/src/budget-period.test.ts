import { describe, expect, it } from 'vitest';
import { budgetPeriodOf } from './budget-period';

describe('budgetPeriodOf', () => {
  it('gives the UTC day, reset at the next midnight UTC', () => {
    const period = budgetPeriodOf(new Date('2025-06-01T23:59:59.999Z'), 'day');
    expect(period).toEqual({
      unit: 'day',
      id: '2025-06-01',
      startsAt: new Date('2025-06-01T00:00:00.000Z'),
      resetsAt: new Date('2025-06-02T00:00:00.000Z'),
    });
    expect(budgetPeriodOf(new Date('2025-06-02T00:00:00.000Z'), 'day').id).toBe('2025-06-02');
  });

  it('does not depend on the offset the instant was written with', () => {
    const berlin = budgetPeriodOf(new Date('2025-06-02T01:30:00+02:00'), 'day');
    expect(berlin.id).toBe('2025-06-01');
  });

  it('gives the UTC month, across year ends and leap days', () => {
    expect(budgetPeriodOf(new Date('2024-12-31T12:00:00Z'), 'month')).toEqual({
      unit: 'month',
      id: '2024-12',
      startsAt: new Date('2024-12-01T00:00:00.000Z'),
      resetsAt: new Date('2025-01-01T00:00:00.000Z'),
    });
    expect(budgetPeriodOf(new Date('2024-02-29T08:00:00Z'), 'day').resetsAt).toEqual(
      new Date('2024-03-01T00:00:00.000Z'),
    );
  });

  it('refuses an invalid date', () => {
    expect(() => budgetPeriodOf(new Date('not a date'), 'day')).toThrow(RangeError);
  });
});
