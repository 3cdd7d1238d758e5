import { greedyPlan, planOrder, type Plan, toMicros } from './greedy-plan';

export type { Plan } from './greedy-plan';

/** What the plan chooses from: each person's predicted response to each variant, and prices. */
export interface PlanInput {
  /**
   * Predicted response per person per variant, row-major (`people × variantIds.length`). Predicted
   * uplift (response if sent minus response if not) works too and targets the persuadable
   * rather than those who would respond anyway; people whose best value is ≤ 0 are never contacted.
   */
  readonly predicted: Float64Array;
  readonly variantIds: readonly string[];
  /** What one contact costs: one figure for everyone, or one per person (the price of their channel). */
  readonly costPerContact: number | ArrayLike<number>;
  readonly budget: number;
  /** Points on the reach curve besides reach 0 (default 100; the number of people gives every point). */
  readonly curvePoints?: number;
}

/** Contacting the `reach` best people: what it costs and what it yields. */
export interface ReachPoint {
  readonly reach: number;
  readonly cost: number;
  readonly expectedResponses: number;
}

/** A personalised plan against the best single message, within one budget. */
export interface PlanComparison {
  /** Everyone contacted gets their own best variant. */
  readonly personalised: Plan;
  /** Everyone contacted gets the same variant: the variant whose plan expects most responses. */
  readonly oneMessage: Plan & { readonly variantId: string };
  /** Expected responses the personalised plan adds over the single message. */
  readonly personalisationGain: number;
  /** The personalised curve without a budget: the best k people for growing k, in the plan's order. */
  readonly reachCurve: readonly ReachPoint[];
}

function checkInput(input: PlanInput): { people: number; costs: Float64Array } {
  const variants = input.variantIds.length;
  if (variants === 0) throw new RangeError('a plan needs at least one variant');
  if (input.predicted.length % variants !== 0) {
    throw new RangeError(
      `predicted has ${input.predicted.length} values, not a multiple of ${variants} variants`,
    );
  }
  if (!input.predicted.every(Number.isFinite))
    throw new RangeError('predicted values must be finite');
  if (!(input.budget >= 0 && Number.isFinite(input.budget))) {
    throw new RangeError(`budget must be a finite amount ≥ 0; got ${input.budget}`);
  }
  const people = input.predicted.length / variants;
  const { costPerContact } = input;
  const costs = new Float64Array(people);
  for (let i = 0; i < people; i += 1) {
    const cost = typeof costPerContact === 'number' ? costPerContact : costPerContact[i];
    if (cost === undefined || !(cost >= 0 && Number.isFinite(cost))) {
      throw new RangeError(
        `costPerContact for person ${i} must be a finite amount ≥ 0; got ${cost}`,
      );
    }
    costs[i] = toMicros(cost);
  }
  return { people, costs };
}

/**
 * The best plan under a budget with at most one send per person (frequency cap 1), and the
 * same budget spent on one message for all. With one send per person and a price that does not
 * depend on the variant, each person contacted should get their own best variant, so choosing a
 * plan is choosing whom to contact: a 0/1 knapsack. Taking people by expected response per cost,
 * skipping anyone who no longer fits, is then optimal when every contact costs the same (the
 * usual single-channel case); with mixed prices it is optimal at every budget where the chosen
 * people exactly exhaust it, and otherwise falls short of the optimum by at most one
 * person's expected response (the knapsack's LP bound).
 */
export function optimisePlan(input: PlanInput): PlanComparison {
  const { people, costs } = checkInput(input);
  const variants = input.variantIds.length;
  const budget = toMicros(input.budget);

  const bestValue = new Float64Array(people);
  const bestVariant = new Int32Array(people);
  for (let i = 0; i < people; i += 1) {
    let best = 0;
    for (let v = 1; v < variants; v += 1) {
      if (input.predicted[i * variants + v]! > input.predicted[i * variants + best]!) best = v;
    }
    bestVariant[i] = best;
    bestValue[i] = input.predicted[i * variants + best]!;
  }
  const personalisedOrder = planOrder(bestValue, costs);
  const personalised = greedyPlan(personalisedOrder, bestValue, bestVariant, costs, budget);

  let oneMessage: PlanComparison['oneMessage'] | undefined;
  for (let v = 0; v < variants; v += 1) {
    const values = new Float64Array(people);
    for (let i = 0; i < people; i += 1) values[i] = input.predicted[i * variants + v]!;
    const plan = greedyPlan(
      planOrder(values, costs),
      values,
      new Int32Array(people).fill(v),
      costs,
      budget,
    );
    if (!oneMessage || plan.expectedResponses > oneMessage.expectedResponses) {
      oneMessage = { ...plan, variantId: input.variantIds[v]! };
    }
  }
  return {
    personalised,
    oneMessage: oneMessage!,
    personalisationGain: personalised.expectedResponses - oneMessage!.expectedResponses,
    reachCurve: reachCurve(personalisedOrder, bestValue, costs, input.curvePoints ?? 100),
  };
}

function reachCurve(
  order: Int32Array,
  values: Float64Array,
  costs: Float64Array,
  points: number,
): ReachPoint[] {
  if (!Number.isInteger(points) || points < 1) {
    throw new RangeError(`curvePoints must be a positive integer; got ${points}`);
  }
  const curve: ReachPoint[] = [{ reach: 0, cost: 0, expectedResponses: 0 }];
  let cost = 0;
  let expected = 0;
  let taken = 0;
  for (let step = 1; step <= points && order.length > 0; step += 1) {
    const reach = Math.round((step * order.length) / points);
    if (reach === taken) continue;
    for (; taken < reach; taken += 1) {
      cost += costs[order[taken]!]!;
      expected += values[order[taken]!]!;
    }
    curve.push({ reach, cost: cost / 1_000_000, expectedResponses: expected });
  }
  return curve;
}
