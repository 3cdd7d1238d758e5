import {
  emptyBudgetState,
  remainingBudget,
  spend,
  type BudgetState,
  type PrivacyBudget,
  type SpendRequest,
  type SpendResult,
} from './privacy-budget';

/**
 * Where the privacy budget ledger lives: in memory here, in PostgreSQL or Redis for the API.
 * `spend` must check and charge atomically (a transaction with a row lock, a Lua script):
 * two questions racing on the same key must not both be granted the last ε.
 */
export interface BudgetStore {
  /** Charges the key for the question if its budget allows, as `spend` on the ledger does. */
  spend(request: SpendRequest): Promise<SpendResult>;
  /** ε the key has left in the period that contains `at`. */
  remaining(keyId: string, at: Date): Promise<number>;
}

/**
 * A budget store that keeps the ledger in this process, for tests, the CLI and single-process
 * demos. Atomic because `spend` runs to completion before another call can start. The ledger
 * keeps past periods; a long-lived process should use a database-backed store.
 */
export function createInMemoryBudgetStore(
  budget: PrivacyBudget,
  initial: BudgetState = emptyBudgetState(),
): BudgetStore {
  let state = initial;
  return {
    spend(request) {
      const outcome = spend(state, budget, request);
      if (!outcome.ok) return Promise.resolve(outcome);
      const { state: next, ...granted } = outcome;
      state = next;
      return Promise.resolve(granted);
    },
    remaining(keyId, at) {
      return Promise.resolve(remainingBudget(state, budget, keyId, at));
    },
  };
}
