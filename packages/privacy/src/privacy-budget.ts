import { z } from 'zod';
import { BudgetPeriodUnit, budgetPeriodOf, type BudgetPeriod } from './budget-period';
import { canonicalText } from './canonical-text';
import { checkEpsilon, epsilonFromUnits, epsilonSchema, epsilonUnits } from './epsilon';
import { issuesFrom, type PolicyResult } from './policy-result';

/** The total ε one API key may spend per period. */
export const PrivacyBudget = z.strictObject({
  /** ε one API key may spend in one period, summed over every number it is shown. */
  epsilonPerPeriod: epsilonSchema(1000),
  period: BudgetPeriodUnit.default('day'),
});
/** A validated privacy budget. */
export type PrivacyBudget = z.output<typeof PrivacyBudget>;

/** Validates a privacy budget setting and fills in the default period (a day). */
export function parsePrivacyBudget(input: unknown, path = 'budget'): PolicyResult<PrivacyBudget> {
  const parsed = PrivacyBudget.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: issuesFrom(parsed.error, path) };
}

/** One question an API key wants answered, and what its answer costs. */
export interface SpendRequest {
  keyId: string;
  /** When the question is asked; picks the budget period. */
  at: Date;
  /** The canonical key of the question (`queryKey`, `questionKey`). */
  queryKey: string;
  /** How many numbers the answer releases (an overlap of N segments releases several). */
  numbers: number;
  epsilonPerNumber: number;
}

interface Account {
  spentUnits: number;
  /** Numbers already paid for, by question key and ε. */
  paid: ReadonlyMap<string, number>;
}

/** What every API key has spent, per period. Immutable: `spend` returns a new state. */
export interface BudgetState {
  readonly accounts: ReadonlyMap<string, Account>;
}

/** A ledger in which nothing has been spent. */
export function emptyBudgetState(): BudgetState {
  return { accounts: new Map() };
}

/** The question may be answered; `charged` is 0 for a repeat that was already paid for. */
export interface SpendGranted {
  ok: true;
  charged: number;
  remaining: number;
  period: BudgetPeriod;
}

/** The question would overdraw the budget; nothing was charged. */
export interface SpendRefused {
  ok: false;
  code: 'budget_exhausted';
  /** Says how much is left, what the question needs and when the budget resets. */
  message: string;
  needed: number;
  remaining: number;
  period: BudgetPeriod;
}

/** The outcome of a spend as a budget store reports it. */
export type SpendResult = SpendGranted | SpendRefused;

/** The outcome of a spend on the pure ledger: granted with the new state, or refused. */
export type LedgerSpend = (SpendGranted & { state: BudgetState }) | SpendRefused;

const accountId = (keyId: string, period: BudgetPeriod) => canonicalText([keyId, period.id]);

function checkRequest({ keyId, numbers, epsilonPerNumber }: SpendRequest): void {
  if (keyId === '') throw new RangeError('expected an API key id');
  if (!Number.isSafeInteger(numbers) || numbers < 1) {
    throw new RangeError(`a question releases a whole number ≥ 1 of numbers; got ${numbers}`);
  }
  checkEpsilon(epsilonPerNumber);
}

/** ε an API key has left in the period that contains `at`. */
export function remainingBudget(
  state: BudgetState,
  budget: PrivacyBudget,
  keyId: string,
  at: Date,
): number {
  const period = budgetPeriodOf(at, budget.period);
  const spent = state.accounts.get(accountId(keyId, period))?.spentUnits ?? 0;
  return epsilonFromUnits(epsilonUnits(budget.epsilonPerPeriod) - spent);
}

/**
 * Charges an API key for the numbers a question releases, ε per number (basic composition:
 * the ε of everything a key is shown adds up), or refuses when the key's budget for the period
 * would be overdrawn. A question already paid for in the same period, at the same ε, costs
 * nothing again: its noise is seeded by its key, so it releases the very same numbers and
 * tells nothing new. ε is added in whole ten-thousandths, so no rounding error builds up.
 */
export function spend(
  state: BudgetState,
  budget: PrivacyBudget,
  request: SpendRequest,
): LedgerSpend {
  checkRequest(request);
  const period = budgetPeriodOf(request.at, budget.period);
  const id = accountId(request.keyId, period);
  const account = state.accounts.get(id) ?? { spentUnits: 0, paid: new Map<string, number>() };
  const unitsPerNumber = epsilonUnits(request.epsilonPerNumber);
  const paidKey = canonicalText([request.queryKey, unitsPerNumber]);
  const alreadyPaid = account.paid.get(paidKey) ?? 0;
  const newNumbers = Math.max(0, request.numbers - alreadyPaid);
  const neededUnits = newNumbers * unitsPerNumber;
  const remainingUnits = epsilonUnits(budget.epsilonPerPeriod) - account.spentUnits;
  if (neededUnits > remainingUnits) {
    const needed = epsilonFromUnits(neededUnits);
    const remaining = epsilonFromUnits(remainingUnits);
    return {
      ok: false,
      code: 'budget_exhausted',
      message: refusalMessage(request, budget, period, { needed, remaining, newNumbers }),
      needed,
      remaining,
      period,
    };
  }
  const paid = new Map(account.paid).set(paidKey, Math.max(alreadyPaid, request.numbers));
  const accounts = new Map(state.accounts).set(id, {
    spentUnits: account.spentUnits + neededUnits,
    paid,
  });
  return {
    ok: true,
    charged: epsilonFromUnits(neededUnits),
    remaining: epsilonFromUnits(remainingUnits - neededUnits),
    period,
    state: { accounts },
  };
}

function refusalMessage(
  request: SpendRequest,
  budget: PrivacyBudget,
  period: BudgetPeriod,
  cost: { needed: number; remaining: number; newNumbers: number },
): string {
  const per = `per UTC ${budget.period}`;
  const numbers = `${cost.newNumbers} number${cost.newNumbers === 1 ? '' : 's'}`;
  const need = `this question needs ${cost.needed} ε (${numbers} × ${request.epsilonPerNumber} ε)`;
  if (cost.needed > budget.epsilonPerPeriod) {
    return `${need}, more than the whole privacy budget of ${budget.epsilonPerPeriod} ε ${per}: ask for fewer numbers at once`;
  }
  return (
    `the privacy budget of API key "${request.keyId}" for ${period.id} is ` +
    `${cost.remaining === 0 ? 'spent' : 'nearly spent'}: ` +
    `${cost.remaining} of ${budget.epsilonPerPeriod} ε ${per} left, and ${need}. ` +
    `It resets at ${period.resetsAt.toISOString()}.`
  );
}
