import { indexCatalog, type AttributeCondition, type Profile } from '@pinpoint/domain';
import { demoCatalog } from '@pinpoint/population';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { attributeUniquenessOf } from '../src/attribute-uniqueness';
import { createInMemoryBudgetStore, type BudgetStore } from '../src/budget-store';
import type { CallerTier } from '../src/caller-tier';
import { isolatingConditions } from '../src/isolating-rules';
import { PrivacyBudget } from '../src/privacy-budget';
import { queryKey } from '../src/query-key';
import { ReleasePolicy } from '../src/release-policy';
import { releaseQuery } from '../src/release-query';
import { attackPopulation, ATTACK_AS_OF, countOf } from './support/attack-population';
import {
  attackPair,
  attackTarget,
  targetOf,
  type AskCount,
  type Target,
} from './support/differencing-attacker';
import { binomialInterval, Z_99_TWO_SIDED } from './support/statistics';

/*
 * The attacker of Korolova (2010) and Venkatadri et al. (IEEE S&P 2018): knowing a target's
 * postcode, age and gender, they ask for the sizes of two near-identical audiences, one with
 * the target's exact quasi-identifiers taken out, and read the sensitive attribute (here
 * religion, GDPR Art. 9) off the difference. Everything is seeded, so the verdicts are the same
 * on every run.
 */

const POPULATION_SIZE = 6000;
const TARGETS_PER_GROUP = 200;
const CATHOLIC: AttributeCondition = { key: 'religion', op: 'eq', value: 'catholic' };
const policy = ReleasePolicy.parse({
  epsilonPerNumber: 0.1,
  minimumAudience: 100,
  significantDigits: 2,
});
/*
 * 0.5 ε per day at 0.1 ε per number: five numbers, i.e. two whole pairs and a first half the
 * attacker cannot complete. Three of the numbers count the target, so the attack spends 0.3 ε
 * on the target's value, and differential privacy caps any guess's success at
 * e^0.3 / (1 + e^0.3) ≈ 0.574. The edge grows with that ε: see the package README.
 */
const budget = PrivacyBudget.parse({ epsilonPerPeriod: 0.5, period: 'day' });
const PAIRS_PER_BUDGET = 2;
const secret = sha256(utf8ToBytes('differencing attack test: workspace noise secret'));

interface LabelledTarget {
  target: Target;
  catholic: boolean;
}

let profiles: Profile[];
let targets: LabelledTarget[];

beforeAll(() => {
  profiles = attackPopulation(POPULATION_SIZE);
  const labelled = profiles.flatMap((profile) => {
    const target = targetOf(profile);
    return target ? [{ target, catholic: profile.attributes.religion === 'catholic' }] : [];
  });
  // Half the targets have the sensitive value, half do not: a guess at random is right half the time.
  targets = [
    ...labelled.filter((t) => t.catholic).slice(0, TARGETS_PER_GROUP),
    ...labelled.filter((t) => !t.catholic).slice(0, TARGETS_PER_GROUP),
  ];
});

function askAs(tier: CallerTier, keyId: string, store: BudgetStore): AskCount {
  return async (rule) => {
    const result = await releaseQuery({
      tier,
      policy,
      secret,
      store,
      keyId,
      at: ATTACK_AS_OF,
      queryKey: queryKey(rule),
      trueCounts: [countOf(profiles, rule)],
    });
    return result.ok ? result.numbers[0]! : null;
  };
}

/** Attacks every target; the attacker gets a fresh budget per target (a new key, or a new day). */
async function attackAll(tier: CallerTier, maxPairs: number) {
  const store = createInMemoryBudgetStore(budget);
  const outcomes = [];
  for (const [i, { target, catholic }] of targets.entries()) {
    const ask = askAs(tier, `attacker-${i}`, store);
    const outcome = await attackTarget(target, CATHOLIC, ask, maxPairs);
    outcomes.push({ ...outcome, right: outcome.guess === catholic });
  }
  const successRate = outcomes.filter((o) => o.right).length / outcomes.length;
  return { outcomes, successRate };
}

describe('a differencing attack on a sensitive attribute', () => {
  it('has 400 targets, half of them with the sensitive value', () => {
    expect(targets).toHaveLength(2 * TARGETS_PER_GROUP);
    expect(targets.filter((t) => t.catholic)).toHaveLength(TARGETS_PER_GROUP);
  });

  it('succeeds against members, who see exact numbers', async () => {
    // Exact numbers need one pair: the difference is the target's value itself.
    const { successRate } = await attackAll('member', 1);
    expect(successRate).toBeGreaterThanOrEqual(0.95);
  });

  it('is no better than chance against partners, until their budget refuses it', async () => {
    const { outcomes, successRate } = await attackAll('partner', 100);
    // The budget, not the attacker, ended every attack.
    for (const outcome of outcomes)
      expect(outcome).toMatchObject({ pairs: PAIRS_PER_BUDGET, refused: true });
    const [low, high] = binomialInterval(outcomes.length, 0.5, Z_99_TWO_SIDED);
    expect(successRate).toBeGreaterThanOrEqual(low);
    expect(successRate).toBeLessThanOrEqual(high);
  });

  it('gains nothing by repeating a question: the answer is the same and costs nothing', async () => {
    const store = createInMemoryBudgetStore(budget);
    const ask = askAs('partner', 'repeater', store);
    const [withTarget] = attackPair(targets[0]!.target, 0, CATHOLIC);
    const first = await ask(withTarget);
    for (let i = 0; i < 20; i += 1) expect(await ask(withTarget)).toEqual(first);
    expect(await store.remaining('repeater', ATTACK_AS_OF)).toBe(0.4);
  });

  it('would have been refused for partners anyway: it matches postcode and age exactly', () => {
    const statistics = ['postcode', 'age', 'gender', 'religion'].map((key) =>
      attributeUniquenessOf(profiles, key),
    );
    const [, withoutTarget] = attackPair(targets[0]!.target, 0, CATHOLIC);
    const found = isolatingConditions(withoutTarget, {
      catalog: indexCatalog(demoCatalog),
      statistics,
      minimumAudience: policy.minimumAudience,
    });
    // Postcodes are nearly unique; in 6,000 people, fewer than 100 share an age on average.
    expect(found.map((f) => [f.key, f.reason])).toEqual([
      ['postcode', 'nearly_unique_values'],
      ['age', 'small_value_groups'],
    ]);
  });
});
