import type { RandomGenerator } from 'pure-rand';
import { postcodeIn } from './addresses';
import { isoDate, latestBirthDayForAge, type AsOf } from './calendar';
import { type City, CITY_TABLES } from './cities';
import * as demo from './demographics';
import { clamp } from './deterministic-math';
import { drawIncomeBand } from './income';
import { type Name, NAME_ORIGINS, type NameOrigin, nameCohort, ORIGIN_TABLES } from './names';
import { below, chance, gaussian } from './random';
import { REGION_TABLE, REGIONS, type Region, URBANITY_TABLES } from './regions';
import { draw, item } from './weighted-table';

/**
 * The true facts about one person, before any are withheld: everything else (interests,
 * contacts, activity, scores) is drawn conditioned on these. Categorical facts are indexes
 * into their value lists (URBANITIES, GENDERS, EDUCATION_LEVELS, …).
 */
export interface Person {
  region: number;
  land: Region;
  east: boolean;
  urbanity: number;
  city: City;
  postcode: string;
  age: number;
  /** Life stage (see `ageBand`). */
  band: number;
  birthDate: string;
  daysSinceBirthday: number;
  gender: number;
  origin: NameOrigin;
  first: Name;
  last: Name;
  education: number;
  householdType: number;
  householdSize: number;
  incomeLevel: number;
  member: boolean;
  /** How much this person engages with anything: about 0.4 to 1.8, mean 1. */
  engagement: number;
}

/** Draws a person: where they live, who they are, and how they live, each conditioned on the facts before it. */
export function drawPerson(rng: RandomGenerator, asOf: AsOf): Person {
  // Where: Land by population, urbanity by the Land's settlement mix, a matching place.
  const region = draw(rng, REGION_TABLE);
  const land = item(REGIONS, region);
  const east = land.group === 'east';
  const urbanity = draw(rng, item(URBANITY_TABLES, region));
  const city = draw(rng, item(item(CITY_TABLES, region), urbanity));
  const postcode = postcodeIn(rng, city);

  // Who: age from the pyramid, a birth date that gives exactly that age on asOf, names by cohort.
  const age = draw(rng, demo.AGE_TABLE);
  const band = demo.ageBand(age);
  const latestBirth = latestBirthDayForAge(asOf, age);
  const daysSinceBirthday = below(rng, latestBirth - latestBirthDayForAge(asOf, age + 1));
  const birthDate = isoDate(latestBirth - daysSinceBirthday);
  const gender = draw(rng, item(demo.GENDER_TABLES, band));
  const origin = item(NAME_ORIGINS, draw(rng, east ? ORIGIN_TABLES.east : ORIGIN_TABLES.west));
  const cohort = nameCohort(Number(birthDate.slice(0, 4)));
  const female = gender === 2 ? chance(rng, 0.5) : gender === 0;
  const first = draw(rng, item(female ? origin.female : origin.male, cohort));
  const last = draw(rng, origin.last);

  // How they live: education, household, income, membership.
  const educationTables = item(item(demo.EDUCATION_TABLES, band), urbanity);
  const education = draw(rng, item(educationTables, east ? 1 : 0));
  const householdType = draw(rng, item(item(demo.HOUSEHOLD_TABLES, band), urbanity));
  const householdSize = draw(rng, item(demo.HOUSEHOLD_SIZE_TABLES, householdType));
  const urban = urbanity === 0;
  const incomeLevel = drawIncomeBand(rng, { age, education, householdType, east, urban });
  const member = chance(rng, 0.04 + 0.0015 * (age - 18));
  const engagement = clamp(1 + 0.3 * gaussian(rng), 0.4, 1.8);

  return {
    region,
    land,
    east,
    urbanity,
    city,
    postcode,
    age,
    band,
    birthDate,
    daysSinceBirthday,
    gender,
    origin,
    first,
    last,
    education,
    householdType,
    householdSize,
    incomeLevel,
    member,
    engagement,
  };
}
