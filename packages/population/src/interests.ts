import type { Interest } from '@pinpoint/domain';
import type { RandomGenerator } from 'pure-rand';
import { clamp, roundTo } from './deterministic-math';
import { MAX_AGE, MIN_AGE } from './demographics';
import { uniform } from './random';
import { REGION_CODES, type RegionCode } from './regions';
import { INTEREST_TOPICS, type TopicProfile } from './interest-topics';
import { item } from './weighted-table';

const TOPIC_COUNT = INTEREST_TOPICS.length;
const TOPIC_KEYS = INTEREST_TOPICS.map((topic) => topic.key);
/** Scales every topic's chance so that the average adult holds about six and a half topics. */
const PREVALENCE = 1.1;
const AGE_ANCHORS = [18, 30, 45, 60, 75, 90];

/** Piecewise-linear interpolation of a topic's age multipliers at AGE_ANCHORS. */
function ageMultiplier(byAge: readonly number[], age: number): number {
  for (let i = 1; i < AGE_ANCHORS.length; i += 1) {
    const to = AGE_ANCHORS[i] ?? MAX_AGE;
    if (age <= to) {
      const from = AGE_ANCHORS[i - 1] ?? MIN_AGE;
      const a = byAge[i - 1] ?? 1;
      const b = byAge[i] ?? 1;
      return a + ((b - a) * (age - from)) / (to - from);
    }
  }
  return byAge[byAge.length - 1] ?? 1;
}

/**
 * Base probabilities of holding each topic, by [(age − 18) × 3 + urbanity][topic], computed
 * once so that a profile only multiplies in its personal factors.
 */
const BASE = (() => {
  const table = new Float64Array((MAX_AGE - MIN_AGE + 1) * 3 * TOPIC_COUNT);
  for (let age = MIN_AGE; age <= MAX_AGE; age += 1) {
    for (let urbanity = 0; urbanity < 3; urbanity += 1) {
      INTEREST_TOPICS.forEach((topic, t) => {
        const row = ((age - MIN_AGE) * 3 + urbanity) * TOPIC_COUNT;
        table[row + t] =
          PREVALENCE *
          topic.base *
          ageMultiplier(topic.byAge, age) *
          (topic.byUrbanity[urbanity] ?? 1);
      });
    }
  }
  return table;
})();

function factorTable(factor: (topic: TopicProfile) => number): Float64Array {
  return Float64Array.from(INTEREST_TOPICS, factor);
}

/** Personal factors per topic, indexed [level][topic]; gender 2 (diverse or unknown) is neutral. */
const GENDER_FACTORS = [0, 1, 2].map((g) =>
  factorTable((topic) => (g === 2 ? 1 : (topic.byGender?.[g] ?? 1))),
);
const EDUCATION_FACTORS = [0, 1, 2].map((e) => factorTable((topic) => topic.byEducation?.[e] ?? 1));
const REGION_FACTORS = REGION_CODES.map((code: RegionCode) =>
  factorTable((topic) => topic.byRegion?.[code] ?? 1),
);
const PARENT_FACTORS = factorTable((topic) => topic.parents ?? 1);
const MEMBER_FACTORS = factorTable((topic) => topic.members ?? 1);

/** Everything about a person that shapes their interests. */
export interface InterestDrivers {
  age: number;
  urbanity: number;
  /** 0 female, 1 male, 2 diverse or unknown. */
  gender: number;
  /** 0 low (none, Hauptschule), 1 intermediate, 2 high (Abitur, degree). */
  educationGroup: number;
  region: number;
  parent: boolean;
  member: boolean;
  /** How much this person engages with anything: about 0.4 to 1.8, mean 1. */
  engagement: number;
}

/**
 * Draws a person's interests: each topic is held with a probability built from age,
 * urbanity, gender, education, region, household and engagement; a held topic gets an
 * affinity that is higher when that probability is high, so that "strong" fans are
 * concentrated where fans are common. Topics keep catalog order.
 */
export function drawInterests(rng: RandomGenerator, d: InterestDrivers): Interest[] {
  const row = ((d.age - MIN_AGE) * 3 + d.urbanity) * TOPIC_COUNT;
  const gender = GENDER_FACTORS[d.gender] ?? GENDER_FACTORS[2];
  const education = EDUCATION_FACTORS[d.educationGroup] ?? EDUCATION_FACTORS[1];
  const region = REGION_FACTORS[d.region];
  const interests: Interest[] = [];
  for (let t = 0; t < TOPIC_COUNT; t += 1) {
    let p =
      (BASE[row + t] ?? 0) *
      (gender?.[t] ?? 1) *
      (education?.[t] ?? 1) *
      (region?.[t] ?? 1) *
      d.engagement;
    if (d.parent) p *= PARENT_FACTORS[t] ?? 1;
    if (d.member) p *= MEMBER_FACTORS[t] ?? 1;
    p = clamp(p, 0, 0.92);
    if (uniform(rng) >= p) continue;
    const affinity = roundTo(0.05 + 0.95 * (0.62 * uniform(rng) + 0.38 * clamp(p * 1.25, 0, 1)), 2);
    interests.push({ topic: item(TOPIC_KEYS, t), affinity });
  }
  return interests;
}
