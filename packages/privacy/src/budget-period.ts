import { z } from 'zod';

/** How long a privacy budget lasts before it is full again: a UTC day or a UTC month. */
export const BudgetPeriodUnit = z.enum(['day', 'month']);
/** The length of a budget period. */
export type BudgetPeriodUnit = z.infer<typeof BudgetPeriodUnit>;

/** One budget period: `2025-06-01` (a day) or `2025-06` (a month), in UTC. */
export interface BudgetPeriod {
  unit: BudgetPeriodUnit;
  id: string;
  startsAt: Date;
  /** The first instant of the next period, when the budget is full again. */
  resetsAt: Date;
}

/**
 * The budget period that contains `at`. UTC, so that every server and every caller agree on
 * when a period ends, whatever their time zone.
 */
export function budgetPeriodOf(at: Date, unit: BudgetPeriodUnit): BudgetPeriod {
  if (Number.isNaN(at.getTime())) throw new RangeError('expected a valid date');
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  const iso = at.toISOString();
  switch (unit) {
    case 'day': {
      const day = at.getUTCDate();
      return {
        unit,
        id: iso.slice(0, 10),
        startsAt: new Date(Date.UTC(year, month, day)),
        resetsAt: new Date(Date.UTC(year, month, day + 1)),
      };
    }
    case 'month':
      return {
        unit,
        id: iso.slice(0, 7),
        startsAt: new Date(Date.UTC(year, month, 1)),
        resetsAt: new Date(Date.UTC(year, month + 1, 1)),
      };
  }
}
