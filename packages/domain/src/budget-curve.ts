/** Evenly spaced budgets a curve has besides its breakpoints: 0, 1/20, …, 20/20 of the full cost. */
export const CURVE_STEPS = 20;

/** People reachable on one channel and what contacting one of them costs. */
export interface PricedContacts {
  reached: number;
  costPerContact: number;
}

/** A budget and the number of people it buys. */
export interface BudgetPoint {
  budget: number;
  reach: number;
}

/*
 * Money is counted in whole millionths of the currency unit (no currency has more than four
 * minor digits), so that 3 contacts at 0.1 cost exactly 0.3 and a budget of 0.3 buys them:
 * in binary floating point 0.3 / 0.1 is 2.9999999999999996.
 */
const MICROS = 1_000_000;
const toMicros = (amount: number): bigint => BigInt(Math.round(amount * MICROS));
const fromMicros = (micros: bigint): number => Number(micros) / MICROS;

/** What contacting `reached` people at `costPerContact` costs, exact to a millionth. */
export function contactCost(reached: number, costPerContact: number): number {
  return fromMicros(BigInt(reached) * toMicros(costPerContact));
}

/** Channels in the order a budget buys them: cheapest first, equal costs in the given order. */
function cheapestFirst(channels: readonly PricedContacts[]) {
  return channels
    .map((c) => ({ reached: BigInt(c.reached), cost: toMicros(c.costPerContact) }))
    .map((c, position) => ({ ...c, position }))
    .sort((a, b) => (a.cost < b.cost ? -1 : a.cost > b.cost ? 1 : a.position - b.position));
}

function reachAtMicros(sorted: ReturnType<typeof cheapestFirst>, budget: bigint): bigint {
  let remaining = budget;
  let reach = 0n;
  for (const { reached, cost } of sorted) {
    const bought = cost === 0n ? reached : remaining / cost < reached ? remaining / cost : reached;
    reach += bought;
    remaining -= bought * cost;
  }
  return reach;
}

/**
 * How many people `budget` reaches when it buys whole contacts on the cheapest channel first,
 * then the next cheapest, and so on. Free channels are always reached in full.
 */
export function reachAtBudget(channels: readonly PricedContacts[], budget: number): number {
  return Number(reachAtMicros(cheapestFirst(channels), toMicros(budget)));
}

/** The cost of contacting everyone on every channel. */
export function fullReachCost(channels: readonly PricedContacts[]): number {
  return fromMicros(cheapestFirst(channels).reduce((sum, c) => sum + c.reached * c.cost, 0n));
}

/**
 * Budget → reach from 0 to the full cost, ascending and without repeated budgets: the
 * breakpoints where each channel is bought in full (where the curve's slope changes) and
 * `steps + 1` evenly spaced budgets (rounded down to a millionth).
 */
export function budgetCurve(
  channels: readonly PricedContacts[],
  steps: number = CURVE_STEPS,
): BudgetPoint[] {
  const sorted = cheapestFirst(channels);
  const budgets = new Set<bigint>();
  let spent = 0n;
  for (const { reached, cost } of sorted) {
    spent += reached * cost;
    budgets.add(spent);
  }
  for (let step = 0; step <= steps; step += 1) budgets.add((spent * BigInt(step)) / BigInt(steps));
  return [...budgets]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((budget) => ({
      budget: fromMicros(budget),
      reach: Number(reachAtMicros(sorted, budget)),
    }));
}
