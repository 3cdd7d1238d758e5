import type { AttributeCondition, Profile, SegmentRule } from '@pinpoint/domain';
import type { ReleasedCount } from '../../src/release-count';

/** What the attacker knows about a target: quasi-identifiers only, never the sensitive value. */
export interface Target {
  postcode: string;
  age: number;
  gender: string;
}

/** The quasi-identifiers of a profile, or null when one is missing. */
export function targetOf(profile: Profile): Target | null {
  const { postcode, age, gender } = profile.attributes;
  if (typeof postcode !== 'string' || typeof age !== 'number' || typeof gender !== 'string') {
    return null;
  }
  return { postcode, age, gender };
}

/** Asks for one count; null when the question was refused. */
export type AskCount = (rule: SegmentRule) => Promise<ReleasedCount | null>;

const attribute = (condition: AttributeCondition): SegmentRule => ({ attribute: condition });

/**
 * Pair `j` of the attack (Korolova 2010; Venkatadri et al. 2018): a broad audience around the
 * target with the sensitive value, once as is and once with the target's exact quasi-identifiers
 * taken out. The first counts the target exactly when the target has the value; every other
 * person is in both or in neither. A different `j` widens the age band by a year, so each pair
 * is a new question with fresh noise.
 */
export function attackPair(
  target: Target,
  j: number,
  sensitive: AttributeCondition,
): [SegmentRule, SegmentRule] {
  const broad = attribute({
    key: 'age',
    op: 'between',
    min: target.age - 20 - j,
    max: target.age + 20,
  });
  const exactlyTarget: SegmentRule = {
    and: [
      attribute({ key: 'postcode', op: 'eq', value: target.postcode }),
      attribute({ key: 'age', op: 'eq', value: target.age }),
      attribute({ key: 'gender', op: 'eq', value: target.gender }),
    ],
  };
  return [
    { and: [broad, attribute(sensitive)] },
    { and: [broad, attribute(sensitive), { not: exactlyTarget }] },
  ];
}

/** What an attacker reads off a released number: the value, or 0 for "below the threshold". */
function seen(release: ReleasedCount): number {
  return release.kind === 'belowThreshold' ? 0 : release.value;
}

/** The outcome of attacking one target. */
export interface AttackOutcome {
  /** The attacker's guess: does the target have the sensitive value? */
  guess: boolean;
  /** Complete pairs answered. */
  pairs: number;
  /** Whether a question was refused (the budget ran out). */
  refused: boolean;
}

/**
 * Asks as many pairs as the budget allows (at most `maxPairs`) and adds up the differences,
 * which come to `pairs` when the target has the value and to 0 when not, plus noise. Guesses
 * "has the value" above the midpoint, `pairs / 2`: the best cut for symmetric noise.
 */
export async function attackTarget(
  target: Target,
  sensitive: AttributeCondition,
  ask: AskCount,
  maxPairs: number,
): Promise<AttackOutcome> {
  let difference = 0;
  let pairs = 0;
  let refused = false;
  for (let j = 0; j < maxPairs; j += 1) {
    const [withTarget, withoutTarget] = attackPair(target, j, sensitive);
    const first = await ask(withTarget);
    const second = first && (await ask(withoutTarget));
    if (!first || !second) {
      refused = true;
      break;
    }
    difference += seen(first) - seen(second);
    pairs += 1;
  }
  return { guess: difference > pairs / 2, pairs, refused };
}
