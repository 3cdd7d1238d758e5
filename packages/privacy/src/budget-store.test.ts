import { describe, expect, it } from 'vitest';
import { createInMemoryBudgetStore } from './budget-store';
import { PrivacyBudget, type SpendRequest } from './privacy-budget';

const budget = PrivacyBudget.parse({ epsilonPerPeriod: 1 });
const at = new Date('2025-06-01T10:00:00Z');
const ask = (queryKey: string): SpendRequest => ({
  keyId: 'agency',
  at,
  queryKey,
  numbers: 1,
  epsilonPerNumber: 0.1,
});

describe('createInMemoryBudgetStore', () => {
  it('charges, remembers and reports what is left', async () => {
    const store = createInMemoryBudgetStore(budget);
    expect(await store.remaining('agency', at)).toBe(1);
    expect(await store.spend(ask('q1'))).toEqual({
      ok: true,
      charged: 0.1,
      remaining: 0.9,
      period: expect.objectContaining({ id: '2025-06-01' }) as unknown,
    });
    expect(await store.spend(ask('q1'))).toMatchObject({ ok: true, charged: 0 });
    expect(await store.remaining('agency', at)).toBe(0.9);
  });

  it('grants no more than the budget to questions racing each other', async () => {
    const store = createInMemoryBudgetStore(budget);
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, (_, i) => store.spend(ask(`q${i}`))),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(10);
    expect(outcomes.filter((o) => !o.ok)).toHaveLength(15);
    expect(await store.remaining('agency', at)).toBe(0);
  });
});
