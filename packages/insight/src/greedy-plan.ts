/** A contact plan with at most one send per person. */
export interface Plan {
  /** Per person: the index of the variant sent, or −1 for no contact. */
  readonly assignment: Int32Array;
  readonly contacts: number;
  readonly cost: number;
  readonly expectedResponses: number;
  /** Cost per expected response; null when nothing is expected. */
  readonly costPerResponse: number | null;
}

/** No contact, in `Plan.assignment`. */
export const NOT_CONTACTED = -1;

/*
 * Money is counted in whole millionths, as the domain's reach maths does, so that a budget of
 * 0.3 buys exactly three contacts at 0.1 (in binary floating point 0.1 + 0.1 + 0.1 > 0.3).
 * Sums stay exact integers up to 2⁵³ millionths, about nine billion currency units.
 */
const MICROS = 1_000_000;

/** An amount in whole millionths of the currency unit. */
export function toMicros(amount: number): number {
  const micros = Math.round(amount * MICROS);
  if (!Number.isSafeInteger(micros)) throw new RangeError(`amount ${amount} is too large`);
  return micros;
}

/**
 * People worth contacting (value > 0) by value per cost, best first; free contacts first of
 * all, ties in index order so that plans are reproducible.
 */
export function planOrder(values: Float64Array, costs: Float64Array): Int32Array {
  const candidates: number[] = [];
  for (let i = 0; i < values.length; i += 1) if (values[i]! > 0) candidates.push(i);
  const ratio = (i: number) => (costs[i] === 0 ? Infinity : values[i]! / costs[i]!);
  const ratios = new Float64Array(values.length);
  for (const i of candidates) ratios[i] = ratio(i);
  candidates.sort((a, b) => ratios[b]! - ratios[a]! || a - b);
  return Int32Array.from(candidates);
}

/** Takes people in `order` while the budget lasts, skipping anyone who no longer fits. */
export function greedyPlan(
  order: Int32Array,
  values: Float64Array,
  variants: Int32Array,
  costs: Float64Array,
  budgetMicros: number,
): Plan {
  const assignment = new Int32Array(values.length).fill(NOT_CONTACTED);
  let remaining = budgetMicros;
  let contacts = 0;
  let expectedResponses = 0;
  for (let k = 0; k < order.length; k += 1) {
    const person = order[k]!;
    const cost = costs[person]!;
    if (cost > remaining) continue;
    remaining -= cost;
    assignment[person] = variants[person]!;
    contacts += 1;
    expectedResponses += values[person]!;
  }
  const cost = (budgetMicros - remaining) / MICROS;
  return {
    assignment,
    contacts,
    cost,
    expectedResponses,
    costPerResponse: expectedResponses > 0 ? cost / expectedResponses : null,
  };
}
