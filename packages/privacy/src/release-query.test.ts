import { describe, expect, it } from 'vitest';
import { createInMemoryBudgetStore } from './budget-store';
import { PrivacyBudget } from './privacy-budget';
import { ReleasePolicy } from './release-policy';
import { releaseQuery, type QueryRelease } from './release-query';

const policy = ReleasePolicy.parse({ epsilonPerNumber: 0.25, significantDigits: 15 });
const budget = PrivacyBudget.parse({ epsilonPerPeriod: 1 });

function question(overrides: Partial<QueryRelease> = {}): QueryRelease {
  return {
    tier: 'partner',
    policy,
    secret: new Uint8Array(32).fill(1),
    store: createInMemoryBudgetStore(budget),
    keyId: 'agency',
    at: new Date('2025-06-01T10:00:00Z'),
    queryKey: 'overlap of A and B',
    trueCounts: [5000, 3000, 1200],
    ...overrides,
  };
}

describe('releaseQuery', () => {
  it('shows members exact numbers and charges nothing', async () => {
    const store = createInMemoryBudgetStore(budget);
    const result = await releaseQuery(question({ tier: 'member', store }));
    expect(result).toEqual({
      ok: true,
      numbers: [5000, 3000, 1200].map((value) => ({ kind: 'exact', value })),
      charged: 0,
      remaining: null,
    });
    expect(await store.remaining('agency', new Date('2025-06-01T10:00:00Z'))).toBe(1);
  });

  it('charges partners per number and shows them noisy numbers', async () => {
    const result = await releaseQuery(question());
    expect(result).toMatchObject({ ok: true, charged: 0.75, remaining: 0.25 });
    if (!result.ok) return;
    for (const number of result.numbers)
      expect(number).toMatchObject({ kind: 'approximate', epsilon: 0.25 });
    const values = result.numbers.map((n) => (n.kind === 'approximate' ? n.value : 0));
    expect(values).not.toEqual([5000, 3000, 1200]);
    values.forEach((value, i) =>
      expect(Math.abs(value - [5000, 3000, 1200][i]!)).toBeLessThan(100),
    );
  });

  it('gives the same numbers for a repeated question, free, even after the budget is spent', async () => {
    const store = createInMemoryBudgetStore(budget);
    const first = await releaseQuery(question({ store }));
    expect(
      await releaseQuery(question({ store, queryKey: 'another', trueCounts: [1] })),
    ).toMatchObject({
      ok: true,
      remaining: 0,
    });
    const again = await releaseQuery(question({ store }));
    expect(again).toMatchObject({ ok: true, charged: 0, remaining: 0 });
    expect(again.ok && first.ok && again.numbers).toEqual(first.ok && first.numbers);
  });

  it('gives independent noise to different questions and different numbers', async () => {
    const result = await releaseQuery(question({ trueCounts: [5000, 5000, 5000, 5000] }));
    const other = await releaseQuery(
      question({ queryKey: 'another', trueCounts: [5000, 5000, 5000, 5000] }),
    );
    if (!result.ok || !other.ok) throw new Error('expected both to be answered');
    expect(new Set(result.numbers.map((n) => JSON.stringify(n))).size).toBeGreaterThan(1);
    expect(other.numbers).not.toEqual(result.numbers);
  });

  it('refuses a partner whose budget would be overdrawn, and shows nothing', async () => {
    const result = await releaseQuery(question({ trueCounts: [1, 2, 3, 4, 5] }));
    expect(result).toMatchObject({
      ok: false,
      code: 'budget_exhausted',
      needed: 1.25,
      remaining: 1,
    });
    expect('numbers' in result).toBe(false);
  });
});
