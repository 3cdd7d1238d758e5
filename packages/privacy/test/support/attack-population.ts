import { matches, type Profile, type SegmentRule } from '@pinpoint/domain';
import { DEMO_AS_OF, DEMO_SEED, generatePopulation } from '@pinpoint/population';

/** The instant the attack population is described at. */
export const ATTACK_AS_OF = DEMO_AS_OF;

/** The first `size` people of the demo population: the same people on every run. */
export function attackPopulation(size: number): Profile[] {
  return [...generatePopulation({ seed: DEMO_SEED, size, asOf: ATTACK_AS_OF })];
}

/** The true size of a segment, by the reference semantics. */
export function countOf(profiles: readonly Profile[], rule: SegmentRule): number {
  let count = 0;
  for (const profile of profiles) if (matches(profile, rule, { asOf: ATTACK_AS_OF })) count += 1;
  return count;
}
