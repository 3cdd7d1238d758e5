import { describe, expect, it } from 'vitest';
import {
  emptyBudgetState,
  parsePrivacyBudget,
  PrivacyBudget,
  remainingBudget,
  spend,
  type BudgetState,
  type SpendRequest,
} from './privacy-budget';
import { compositionNumberCount, overlapNumberCount } from './released-numbers';

const budget = PrivacyBudget.parse({ epsilonPerPeriod: 1 });
const at = new Date('2025-06-01T10:00:00Z');
const ask = (queryKey: string, extra: Partial<SpendRequest> = {}): SpendRequest => ({
  keyId: 'agency',
  at,
  queryKey,
  numbers: 1,
  epsilonPerNumber: 0.1,
  ...extra,
});

/** Spends every request in turn, expecting each to be granted, and returns the final state. */
function spendAll(requests: SpendRequest[], state = emptyBudgetState()): BudgetState {
  return requests.reduce((current, request) => {
    const outcome = spend(current, budget, request);
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.state;
  }, state);
}

describe('parsePrivacyBudget', () => {
  it('defaults to a daily budget', () => {
    expect(parsePrivacyBudget({ epsilonPerPeriod: 2 })).toEqual({
      ok: true,
      value: { epsilonPerPeriod: 2, period: 'day' },
    });
  });

  it('names what is wrong', () => {
    const result = parsePrivacyBudget({ epsilonPerPeriod: 0, period: 'week' });
    expect(result.ok ? [] : result.issues.map((i) => i.path).sort()).toEqual([
      'budget.epsilonPerPeriod',
      'budget.period',
    ]);
  });
});

describe('spend', () => {
  it('charges ε for every number released', () => {
    const outcome = spend(emptyBudgetState(), budget, ask('overlap', { numbers: 3 }));
    expect(outcome).toMatchObject({ ok: true, charged: 0.3, remaining: 0.7 });
  });

  it('charges nothing for the same question again in the same period', () => {
    const state = spendAll([ask('q1', { numbers: 2 })]);
    const again = spend(state, budget, ask('q1', { numbers: 2 }));
    expect(again).toMatchObject({ ok: true, charged: 0, remaining: 0.8 });
  });

  it('charges only the numbers not yet paid for when a question asks for more', () => {
    const state = spendAll([ask('q1', { numbers: 2 })]);
    expect(spend(state, budget, ask('q1', { numbers: 5 }))).toMatchObject({ charged: 0.3 });
  });

  it('charges the same question again at another ε, whose noise is fresh', () => {
    const state = spendAll([ask('q1')]);
    expect(spend(state, budget, ask('q1', { epsilonPerNumber: 0.2 }))).toMatchObject({
      ok: true,
      charged: 0.2,
    });
  });

  it('grants exactly the budget, then refuses, saying what is left and when it resets', () => {
    const state = spendAll(Array.from({ length: 10 }, (_, i) => ask(`q${i}`)));
    expect(remainingBudget(state, budget, 'agency', at)).toBe(0);
    const refused = spend(state, budget, ask('q10'));
    expect(refused).toMatchObject({
      ok: false,
      code: 'budget_exhausted',
      needed: 0.1,
      remaining: 0,
    });
    if (refused.ok) return;
    expect(refused.message).toBe(
      'the privacy budget of API key "agency" for 2025-06-01 is spent: 0 of 1 ε per UTC day left, ' +
        'and this question needs 0.1 ε (1 number × 0.1 ε). It resets at 2025-06-02T00:00:00.000Z.',
    );
    // A repeat of a question paid for is still answered: it tells nothing new.
    expect(spend(state, budget, ask('q3'))).toMatchObject({ ok: true, charged: 0 });
  });

  it('refuses a question that needs more than is left, without charging anything', () => {
    const state = spendAll([ask('q1', { numbers: 8 })]);
    const refused = spend(state, budget, ask('q2', { numbers: 3 }));
    expect(refused).toMatchObject({ ok: false, needed: 0.3 });
    if (!refused.ok) expect(refused.message).toContain('0.2 of 1 ε per UTC day left');
    expect(remainingBudget(state, budget, 'agency', at)).toBe(0.2);
    expect(spend(state, budget, ask('q3', { numbers: 2 }))).toMatchObject({
      ok: true,
      remaining: 0,
    });
  });

  it('says when a question can never fit', () => {
    const refused = spend(emptyBudgetState(), budget, ask('big', { numbers: 11 }));
    expect(refused.ok ? '' : refused.message).toBe(
      'this question needs 1.1 ε (11 numbers × 0.1 ε), more than the whole privacy budget of 1 ε per UTC day: ask for fewer numbers at once',
    );
  });

  it('keeps API keys apart, and starts each period afresh', () => {
    const state = spendAll(Array.from({ length: 10 }, (_, i) => ask(`q${i}`)));
    expect(spend(state, budget, ask('q10', { keyId: 'other' }))).toMatchObject({ ok: true });
    const tomorrow = new Date('2025-06-02T00:00:00Z');
    expect(spend(state, budget, ask('q10', { at: tomorrow }))).toMatchObject({
      ok: true,
      remaining: 0.9,
    });
    // A question paid for yesterday is paid again today: budgets are per period.
    expect(spend(state, budget, ask('q1', { at: tomorrow }))).toMatchObject({ charged: 0.1 });
  });

  it('leaves the state it was given unchanged', () => {
    const state = spendAll([ask('q1')]);
    spend(state, budget, ask('q2'));
    expect(remainingBudget(state, budget, 'agency', at)).toBe(0.9);
  });

  it('pays an overlap matrix and a composition per released number', () => {
    const monthly = PrivacyBudget.parse({ epsilonPerPeriod: 5, period: 'month' });
    const overlap = spend(
      emptyBudgetState(),
      monthly,
      ask('overlap', { numbers: overlapNumberCount(4) }),
    );
    // 4 sizes + 6 pairwise intersections + union + population = 12 numbers.
    expect(overlap).toMatchObject({ ok: true, charged: 1.2 });
    if (!overlap.ok) return;
    const composition = spend(overlap.state, monthly, {
      ...ask('composition', { numbers: compositionNumberCount(5) }),
      at: new Date('2025-06-30T23:00:00Z'),
    });
    expect(composition).toMatchObject({ ok: true, charged: 1.2, remaining: 2.6 });
  });

  it('refuses requests that cannot be charged', () => {
    const state = emptyBudgetState();
    expect(() => spend(state, budget, ask('q', { numbers: 0 }))).toThrow(RangeError);
    expect(() => spend(state, budget, ask('q', { epsilonPerNumber: 0 }))).toThrow(RangeError);
    expect(() => spend(state, budget, ask('q', { keyId: '' }))).toThrow(RangeError);
  });
});
