import { describe, expect, it } from 'vitest';
import { budgetCurve, contactCost, fullReachCost, reachAtBudget } from './budget-curve';

const channels = [
  { reached: 10, costPerContact: 1 }, // post
  { reached: 100, costPerContact: 0.1 }, // sms
  { reached: 5, costPerContact: 0 }, // email
];

describe('contactCost and fullReachCost', () => {
  it('counts money exactly to a millionth', () => {
    expect(contactCost(3, 0.1)).toBe(0.3);
    expect(contactCost(7, 0.07)).toBe(0.49);
    expect(fullReachCost(channels)).toBe(20);
  });
});

describe('reachAtBudget', () => {
  it('reaches free channels in full, even without money', () => {
    expect(reachAtBudget(channels, 0)).toBe(5);
  });

  it('buys the cheapest contacts first, whole contacts only', () => {
    expect(reachAtBudget(channels, 0.3)).toBe(5 + 3);
    expect(reachAtBudget(channels, 0.39)).toBe(5 + 3);
    expect(reachAtBudget(channels, 10)).toBe(5 + 100);
    expect(reachAtBudget(channels, 10.99)).toBe(5 + 100);
    expect(reachAtBudget(channels, 11)).toBe(5 + 100 + 1);
  });

  it('stops at everyone reachable', () => {
    expect(reachAtBudget(channels, 20)).toBe(115);
    expect(reachAtBudget(channels, 1_000_000)).toBe(115);
  });

  it('breaks equal costs by the order the channels are given', () => {
    expect(
      reachAtBudget(
        [
          { reached: 2, costPerContact: 1 },
          { reached: 2, costPerContact: 1 },
        ],
        3,
      ),
    ).toBe(3);
  });
});

describe('budgetCurve', () => {
  it('has the breakpoints and evenly spaced budgets from 0 to the full cost', () => {
    const curve = budgetCurve(channels, 4);
    expect(curve).toEqual([
      { budget: 0, reach: 5 },
      { budget: 5, reach: 55 },
      { budget: 10, reach: 105 },
      { budget: 15, reach: 110 },
      { budget: 20, reach: 115 },
    ]);
  });

  it('has 21 evenly spaced points by default, plus breakpoints between them', () => {
    const curve = budgetCurve([
      { reached: 3, costPerContact: 0.07 },
      { reached: 1, costPerContact: 1 },
    ]);
    expect(curve.map((p) => p.budget)).toContain(0.21);
    expect(curve.at(-1)).toEqual({ budget: 1.21, reach: 4 });
    expect(curve.length).toBe(22);
    expect(curve.every((p, i) => i === 0 || p.budget > curve[i - 1]!.budget)).toBe(true);
  });

  it('is a single point when nothing costs anything', () => {
    expect(budgetCurve([{ reached: 4, costPerContact: 0 }])).toEqual([{ budget: 0, reach: 4 }]);
    expect(budgetCurve([])).toEqual([{ budget: 0, reach: 0 }]);
  });
});
