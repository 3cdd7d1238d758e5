import {
  budgetPeriodOf,
  emptyBudgetState,
  epsilonFromUnits,
  epsilonUnits,
  remainingBudget,
  spend,
  type BudgetState,
  type BudgetStore,
  type PrivacyBudget,
  type SpendRequest,
} from '@pinpoint/privacy';
import { sql } from 'drizzle-orm';
import type { Database } from './client';

/** What the ledger table holds for one key and period, as far as one question needs. */
interface StoredAccount {
  /** ε spent in the period, in whole ten-thousandths. */
  spentUnits: number;
  /** Numbers of the question already paid for at its ε (0 when there is no question). */
  paidNumbers: number;
}

/** A key at a time, and maybe the question it asks then. */
type AccountLookup = Pick<SpendRequest, 'keyId' | 'at'> &
  Partial<Pick<SpendRequest, 'queryKey' | 'epsilonPerNumber'>>;

/**
 * A privacy budget store in the database (table `privacy_budget_spends`), for an API that
 * runs in several processes. Its outcomes are the in-memory store's by construction: each
 * spend loads what the key has spent in the period and decides with the privacy package's
 * own ledger function (`spend`), then writes the difference.
 *
 * Concurrency-safe: a spend holds a transaction-level advisory lock on its key while it reads
 * and writes, so two spends racing on one key run one after the other and cannot both be
 * granted the last ε. (On Citus advisory locks are per node; spends must then go through the
 * coordinator, or lock a row of a per-key table instead.) Works through `forWorkspace` as
 * well as with the owner's connection.
 */
export function sqlBudgetStore(
  db: Database,
  workspaceId: string,
  budget: PrivacyBudget,
): BudgetStore {
  return {
    async spend(request) {
      // Checks the request exactly as the ledger does, before any lock is taken.
      spend(emptyBudgetState(), budget, request);
      return db.transaction(async (tx) => {
        await tx.rows(
          sql`select pg_advisory_xact_lock(hashtextextended(${`pinpoint.privacy_budget:${request.keyId}`}::text, 0))`,
        );
        const stored = await readAccount(tx, workspaceId, budget, request);
        const outcome = spend(replayAccount(budget, request, stored), budget, request);
        if (!outcome.ok) return outcome;
        const { state: _next, ...granted } = outcome;
        if (granted.charged > 0) await recordSpend(tx, workspaceId, budget, request);
        return granted;
      });
    },
    async remaining(keyId, at) {
      const spent = await readAccount(db, workspaceId, budget, { keyId, at });
      return remainingBudget(replayAccount(budget, { keyId, at }, spent), budget, keyId, at);
    },
  };
}

/** ε per number as the exact decimal the table keeps (`numeric(10, 4)`). */
const storedEpsilon = (epsilon: number) => epsilonFromUnits(epsilonUnits(epsilon)).toFixed(4);

async function readAccount(
  db: Database,
  workspaceId: string,
  budget: PrivacyBudget,
  lookup: AccountLookup,
): Promise<StoredAccount> {
  const period = budgetPeriodOf(lookup.at, budget.period);
  const paid =
    lookup.queryKey === undefined || lookup.epsilonPerNumber === undefined
      ? sql`0`
      : sql`coalesce(max(numbers) filter (where query_key = ${lookup.queryKey}
          and epsilon_per_number = ${storedEpsilon(lookup.epsilonPerNumber)}::numeric), 0)`;
  const [row] = await db.rows<StoredAccount>(sql`
    select coalesce(sum(numbers * epsilon_per_number * 10000), 0)::float8 as "spentUnits",
      ${paid}::int as "paidNumbers"
    from privacy_budget_spends
    where workspace_id = ${workspaceId} and key_id = ${lookup.keyId}
      and period_start = ${period.startsAt}`);
  return row ?? { spentUnits: 0, paidNumbers: 0 };
}

/**
 * The ledger state of one key and period as the pure ledger would hold it, rebuilt through
 * the ledger's own `spend`: first the numbers of this question already paid for, then the
 * rest of the period's spend under another question key. Nothing but the total and this
 * question's paid numbers can change the outcome of a spend, so this state decides as the
 * full ledger would.
 */
function replayAccount(
  budget: PrivacyBudget,
  lookup: AccountLookup,
  stored: StoredAccount,
): BudgetState {
  // A budget that holds exactly what was spent, even if the budget was lowered since.
  const roomy = { ...budget, epsilonPerPeriod: epsilonFromUnits(stored.spentUnits) };
  const { keyId, at, queryKey = '', epsilonPerNumber = 1 } = lookup;
  const paidUnits = stored.paidNumbers * epsilonUnits(epsilonPerNumber);
  const earlier: SpendRequest[] = [];
  if (stored.paidNumbers > 0) {
    earlier.push({ keyId, at, queryKey, epsilonPerNumber, numbers: stored.paidNumbers });
  }
  if (stored.spentUnits > paidUnits) {
    earlier.push({
      keyId,
      at,
      // Any other key: the replayed spend must not count as paid for this question.
      queryKey: `other than ${queryKey}`,
      epsilonPerNumber: epsilonFromUnits(1),
      numbers: stored.spentUnits - paidUnits,
    });
  }
  return earlier.reduce((state, earlierSpend) => {
    const replayed = spend(state, roomy, earlierSpend);
    if (!replayed.ok)
      throw new Error(`the stored budget ledger is inconsistent: ${replayed.message}`);
    return replayed.state;
  }, emptyBudgetState());
}

async function recordSpend(
  db: Database,
  workspaceId: string,
  budget: PrivacyBudget,
  request: SpendRequest,
): Promise<void> {
  const period = budgetPeriodOf(request.at, budget.period);
  // A charged repeat asks for more numbers than were paid for: it now pays for all of them.
  // Key ids are unique across workspaces; a clash would charge another workspace's ledger.
  const written = await db.rows(sql`
    insert into privacy_budget_spends
      (workspace_id, key_id, period_start, query_key, epsilon_per_number, numbers, at)
    values (${workspaceId}, ${request.keyId}, ${period.startsAt}, ${request.queryKey},
      ${storedEpsilon(request.epsilonPerNumber)}::numeric, ${request.numbers}, ${request.at})
    on conflict (key_id, period_start, query_key, epsilon_per_number)
    do update set numbers = excluded.numbers, at = excluded.at
      where privacy_budget_spends.workspace_id = excluded.workspace_id
    returning 1`);
  if (written.length === 0) {
    throw new Error(`API key "${request.keyId}" spends in another workspace than "${workspaceId}"`);
  }
}
