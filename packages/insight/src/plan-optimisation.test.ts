import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_CONTACTED } from './greedy-plan';
import { optimisePlan } from './plan-optimisation';

interface Instance {
  people: number;
  variants: number;
  predicted: number[];
  costs: number[];
  budget: number;
}

/** The best expected responses over every plan with at most one send per person (all (V+1)ⁿ of them). */
function exhaustiveOptimum(
  { people, variants, predicted, costs, budget }: Instance,
  only?: number,
): number {
  let best = 0;
  const choice = new Array<number>(people).fill(-1);
  const visit = (person: number, cost: number, value: number): void => {
    if (cost > budget + 1e-9) return;
    if (person === people) {
      best = Math.max(best, value);
      return;
    }
    visit(person + 1, cost, value);
    for (let v = 0; v < variants; v += 1) {
      if (only !== undefined && v !== only) continue;
      choice[person] = v;
      visit(person + 1, cost + costs[person]!, value + predicted[person * variants + v]!);
    }
  };
  visit(0, 0, 0);
  return best;
}

const instance = (uniformCost: boolean) =>
  fc
    .record({ people: fc.integer({ min: 1, max: 6 }), variants: fc.integer({ min: 1, max: 3 }) })
    .chain(({ people, variants }) =>
      fc.record({
        people: fc.constant(people),
        variants: fc.constant(variants),
        // Whole thousandths, some negative: values can be uplifts.
        predicted: fc.array(
          fc.integer({ min: -200, max: 1000 }).map((n) => n / 1000),
          { minLength: people * variants, maxLength: people * variants },
        ),
        costs: uniformCost
          ? fc.integer({ min: 1, max: 5 }).map((c) => new Array<number>(people).fill(c))
          : fc.array(fc.integer({ min: 0, max: 5 }), { minLength: people, maxLength: people }),
        budget: fc.integer({ min: 0, max: 20 }),
      }),
    );

const plan = (i: Instance) =>
  optimisePlan({
    predicted: Float64Array.from(i.predicted),
    variantIds: Array.from({ length: i.variants }, (_, v) => `v${v}`),
    costPerContact: i.costs,
    budget: i.budget,
    curvePoints: i.people,
  });

describe('optimisePlan', () => {
  it('equals the exhaustive optimum when every contact costs the same, personalised and single-message', () => {
    fc.assert(
      fc.property(instance(true), (i) => {
        const result = plan(i);
        expect(result.personalised.expectedResponses).toBeCloseTo(exhaustiveOptimum(i), 9);
        const bestSingle = Math.max(
          ...Array.from({ length: i.variants }, (_, v) => exhaustiveOptimum(i, v)),
        );
        expect(result.oneMessage.expectedResponses).toBeCloseTo(bestSingle, 9);
        expect(result.personalisationGain).toBeGreaterThanOrEqual(-1e-9);
      }),
    );
  });

  it('never beats the exhaustive optimum with mixed prices, and misses it by at most one person', () => {
    fc.assert(
      fc.property(instance(false), (i) => {
        const optimum = exhaustiveOptimum(i);
        const found = plan(i).personalised.expectedResponses;
        expect(found).toBeLessThanOrEqual(optimum + 1e-9);
        const largest = Math.max(0, ...i.predicted);
        expect(optimum - found).toBeLessThanOrEqual(largest + 1e-9);
      }),
    );
  });

  it('is optimal with mixed prices at every budget its reach curve passes through', () => {
    fc.assert(
      fc.property(instance(false), (i) => {
        for (const point of plan(i).reachCurve) {
          const atBreakpoint = { ...i, budget: point.cost };
          expect(plan(atBreakpoint).personalised.expectedResponses).toBeCloseTo(
            exhaustiveOptimum(atBreakpoint),
            9,
          );
        }
      }),
    );
  });

  it('keeps to the budget, sends each person at most once and reports what it spends', () => {
    fc.assert(
      fc.property(instance(false), (i) => {
        const { personalised } = plan(i);
        let cost = 0;
        let expected = 0;
        let contacts = 0;
        personalised.assignment.forEach((v, person) => {
          if (v === NOT_CONTACTED) return;
          contacts += 1;
          cost += i.costs[person]!;
          expected += i.predicted[person * i.variants + v]!;
        });
        expect(cost).toBeLessThanOrEqual(i.budget);
        expect(personalised.cost).toBeCloseTo(cost, 9);
        expect(personalised.contacts).toBe(contacts);
        expect(personalised.expectedResponses).toBeCloseTo(expected, 9);
      }),
    );
  });

  it('traces a reach curve where each point is the best that many people can yield at one price', () => {
    fc.assert(
      fc.property(instance(true), (i) => {
        const best = Array.from({ length: i.people }, (_, p) =>
          Math.max(...i.predicted.slice(p * i.variants, (p + 1) * i.variants)),
        )
          .filter((v) => v > 0)
          .sort((a, b) => b - a);
        const curve = plan(i).reachCurve;
        expect(curve.map((point) => point.reach)).toEqual(
          Array.from({ length: best.length + 1 }, (_, k) => k),
        );
        curve.forEach((point, k) => {
          expect(point.expectedResponses).toBeCloseTo(
            best.slice(0, k).reduce((a, b) => a + b, 0),
            9,
          );
          expect(point.cost).toBeCloseTo(k * i.costs[0]!, 9);
        });
      }),
    );
  });

  it('counts money exactly: a budget of 0.3 buys three contacts at 0.1', () => {
    const result = optimisePlan({
      predicted: Float64Array.of(0.5, 0.4, 0.3, 0.2),
      variantIds: ['only'],
      costPerContact: 0.1,
      budget: 0.3,
    });
    expect(result.personalised.contacts).toBe(3);
    expect(result.personalised.cost).toBeCloseTo(0.3, 12);
    expect(result.personalised.costPerResponse).toBeCloseTo(0.3 / 1.2, 12);
  });

  it('gives each person their best variant and shows what personalising gains', () => {
    // Two people, each responding to a different variant; budget for both.
    const result = optimisePlan({
      predicted: Float64Array.of(0.3, 0.05, 0.02, 0.2),
      variantIds: ['a', 'b'],
      costPerContact: 1,
      budget: 2,
    });
    expect(Array.from(result.personalised.assignment)).toEqual([0, 1]);
    expect(result.oneMessage.variantId).toBe('a');
    expect(result.personalisationGain).toBeCloseTo(0.5 - 0.32, 12);
  });

  it('refuses inconsistent input', () => {
    const base = {
      predicted: Float64Array.of(0.1, 0.2, 0.3),
      variantIds: ['a'],
      costPerContact: 1,
      budget: 1,
    };
    expect(() => optimisePlan({ ...base, variantIds: ['a', 'b'] })).toThrow(RangeError);
    expect(() => optimisePlan({ ...base, budget: -1 })).toThrow(RangeError);
    expect(() => optimisePlan({ ...base, costPerContact: [1, 1] })).toThrow(/person 2/);
  });
});
