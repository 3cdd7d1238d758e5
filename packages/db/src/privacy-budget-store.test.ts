import {
  createInMemoryBudgetStore,
  PrivacyBudget,
  type BudgetStore,
  type SpendRequest,
} from '@pinpoint/privacy';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { sqlBudgetStore } from './privacy-budget-store';
import { forWorkspace } from './tenant-scope';
import { testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

const WS = 'agency-ws';
const budget = PrivacyBudget.parse({ epsilonPerPeriod: 1 });
const at = new Date('2025-06-01T10:00:00Z');
const ask = (keyId: string, queryKey: string, extra: Partial<SpendRequest> = {}): SpendRequest => ({
  keyId,
  at,
  queryKey,
  numbers: 1,
  epsilonPerNumber: 0.1,
  ...extra,
});

/** One step of a scenario: a spend, or a look at what is left. */
type Step = { spend: SpendRequest } | { remaining: { keyId: string; at: Date } };

/** Runs a scenario on a store; a thrown error is an outcome too. */
async function play(store: BudgetStore, steps: readonly Step[]): Promise<unknown[]> {
  const outcomes: unknown[] = [];
  for (const step of steps) {
    try {
      outcomes.push(
        'spend' in step
          ? await store.spend(step.spend)
          : await store.remaining(step.remaining.keyId, step.remaining.at),
      );
    } catch (error) {
      outcomes.push({ threw: String(error) });
    }
  }
  return outcomes;
}

/** Random scenarios over few keys, questions and times, so that repeats and refusals are common. */
const scenario = () => {
  const keyId = fc.constantFrom('a', 'b');
  const when = fc.constantFrom(
    new Date('2025-06-01T00:00:00Z'),
    new Date('2025-06-01T23:59:59.999Z'),
    new Date('2025-06-02T08:00:00Z'),
    new Date('2025-07-01T08:00:00Z'),
  );
  const spend = fc.record({
    keyId,
    at: when,
    queryKey: fc.constantFrom('q1', 'q2', 'q3', '{"rule":"é"}'),
    numbers: fc.integer({ min: 1, max: 5 }),
    epsilonPerNumber: fc.constantFrom(0.05, 0.1, 0.25, 0.3, 0.0001, 0.7),
  });
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 5, arbitrary: spend.map((s) => ({ spend: s })) },
    { weight: 1, arbitrary: fc.record({ keyId, at: when }).map((r) => ({ remaining: r })) },
  );
  return fc.record({
    budget: fc.record({
      epsilonPerPeriod: fc.constantFrom(0.5, 1, 1.3, 2),
      period: fc.constantFrom('day' as const, 'month' as const),
    }),
    steps: fc.array(step, { minLength: 1, maxLength: 14 }),
  });
};

/** The scenario with its key ids made unique, so that runs never meet in the shared table. */
function withKeysOf(prefix: string, steps: readonly Step[]): Step[] {
  return steps.map((step) =>
    'spend' in step
      ? { spend: { ...step.spend, keyId: `${prefix}-${step.spend.keyId}` } }
      : { remaining: { ...step.remaining, keyId: `${prefix}-${step.remaining.keyId}` } },
  );
}

describe.each(testTargets())('privacy budget store in SQL on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let runs = 0;
  const freshPrefix = () => `run${(runs += 1)}`;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    await ensureWorkspace(db, WS);
    await ensureWorkspace(db, 'other-ws');
  }, 60_000);
  afterAll(async () => dispose());

  it('decides every spend as the in-memory store does', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(), async ({ budget: b, steps: generic }) => {
        const steps = withKeysOf(freshPrefix(), generic);
        const expected = await play(createInMemoryBudgetStore(b), steps);
        const actual = await play(sqlBudgetStore(db, WS, b), steps);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('agrees on the cases the privacy package documents', async () => {
    const k = freshPrefix();
    const steps: Step[] = [
      { remaining: { keyId: k, at } },
      { spend: ask(k, 'overlap', { numbers: 3 }) }, // 0.3 for three numbers
      { spend: ask(k, 'overlap', { numbers: 3 }) }, // a repeat is free
      { spend: ask(k, 'overlap', { numbers: 5 }) }, // only the two new numbers cost
      { spend: ask(k, 'overlap', { numbers: 5, epsilonPerNumber: 0.2 }) }, // fresh noise: 1.0, refused
      { spend: ask(k, 'q2', { numbers: 5 }) }, // exactly what is left
      { spend: ask(k, 'q3') }, // refused: spent
      { spend: ask(k, 'q3', { at: new Date('2025-06-02T00:00:00Z') }) }, // a new day
      { spend: ask(k, 'q4', { numbers: 0 }) }, // not a question
      { remaining: { keyId: k, at } },
    ];
    const expected = await play(createInMemoryBudgetStore(budget), steps);
    expect(await play(sqlBudgetStore(db, WS, budget), steps)).toEqual(expected);
    expect(expected.map((o) => (o as { charged?: number }).charged)).toEqual([
      undefined,
      0.3,
      0,
      0.2,
      undefined,
      0.5,
      undefined,
      0.1,
      undefined,
      undefined,
    ]);
    expect(expected.at(-1)).toBe(0);
  });

  it('works through a workspace scope, which sees only its own spends', async () => {
    const k = freshPrefix();
    const scoped = sqlBudgetStore(forWorkspace(db, WS), WS, budget);
    expect(await scoped.spend(ask(k, 'q1', { numbers: 4 }))).toMatchObject({ ok: true });
    expect(await scoped.remaining(k, at)).toBe(0.6);
    const rows = await forWorkspace(db, 'other-ws').rows(
      sql`select 1 from privacy_budget_spends where key_id = ${k}`,
    );
    expect(rows).toEqual([]);
    await expect(
      forWorkspace(db, WS).rows(sql`delete from privacy_budget_spends where key_id = ${k}`),
    ).rejects.toThrow(/permission denied/);
  });

  it('refuses to charge a key that spends in another workspace', async () => {
    const k = freshPrefix();
    await sqlBudgetStore(db, WS, budget).spend(ask(k, 'q1'));
    await expect(sqlBudgetStore(db, 'other-ws', budget).spend(ask(k, 'q1'))).rejects.toThrow(
      `API key "${k}" spends in another workspace than "other-ws"`,
    );
  });

  it('grants no more than the budget to questions racing each other', async () => {
    const k = freshPrefix();
    const stores = [sqlBudgetStore(db, WS, budget), sqlBudgetStore(db, WS, budget)];
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, (_, i) => stores[i % 2]!.spend(ask(k, `q${i}`))),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(10);
    expect(outcomes.filter((o) => !o.ok)).toHaveLength(15);
    expect(await stores[0]!.remaining(k, at)).toBe(0);
    const [row] = await db.rows<{ spent: string }>(
      sql`select sum(epsilon)::numeric(10, 4)::text as spent from privacy_budget_spends where key_id = ${k}`,
    );
    expect(row?.spent).toBe('1.0000');
  });

  it('charges a question asked many times at once only once', async () => {
    const k = freshPrefix();
    const store = sqlBudgetStore(db, WS, budget);
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => store.spend(ask(k, 'same', { numbers: 2 }))),
    );
    expect(outcomes.map((o) => (o.ok ? o.charged : null)).sort()).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0.2,
    ]);
    expect(await store.remaining(k, at)).toBe(0.8);
  });
});
