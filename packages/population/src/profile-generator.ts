import { DAY_MS, profileIdFor, type Interest, type Profile } from '@pinpoint/domain';
import type { RandomGenerator } from 'pure-rand';
import {
  ORIGIN_RELIGION_TABLES,
  PARTIES,
  PARTY_TABLES,
  RELIGION_TABLES,
  RELIGIONS,
} from './beliefs';
import { asOfParts, isoDate, type AsOf } from './calendar';
import { drawChannels } from './channels';
import { hasChildren } from './demographics';
import { logistic } from './deterministic-math';
import { drawEvents } from './events';
import { drawInterests } from './interests';
import { drawPerson, type Person } from './person';
import { recordAttributes } from './profile-attributes';
import { chance, profileRandom, uniform } from './random';
import { donorLogit, drawScores } from './scores';
import { draw, item } from './weighted-table';

/** The external id of profile `index`: `P` and nine digits (more beyond a billion), e.g. `P000000123`. */
export function externalIdFor(index: number): string {
  return `P${String(index).padStart(9, '0')}`;
}

/**
 * Profile `index` of the population of `seed`, as of `asOf`. Depends on these three values
 * only, so it equals the profile at that index in any `generatePopulation` run with the
 * same seed and asOf.
 */
export function generateProfile(seed: number, index: number, asOf: Date): Profile {
  return profileAt(seed, index, asOfParts(asOf));
}

const affinityOf = (interests: readonly Interest[], topic: string) =>
  interests.find((interest) => interest.topic === topic)?.affinity ?? 0;

/**
 * Signed up after turning 18, at most 12 years before asOf; the list grew faster lately,
 * so a recent day is about four times as likely as the earliest one.
 */
function drawSignupDay(rng: RandomGenerator, person: Person, asOf: AsOf): number {
  const adultDays = Math.floor((person.age - 18) * 365.25) + person.daysSinceBirthday;
  const maxDaysBack = Math.min(12 * 365, adultDays);
  const u = uniform(rng);
  return asOf.day - Math.floor(maxDaysBack * u * (0.4 + 0.6 * u));
}

/** `generateProfile` with asOf already split, so a population run splits it once. */
export function profileAt(seed: number, index: number, asOf: AsOf): Profile {
  const rng = profileRandom(seed, index);
  const person = drawPerson(rng, asOf);
  const { age, band, education, incomeLevel, member, engagement } = person;

  const interests = drawInterests(rng, {
    age,
    urbanity: person.urbanity,
    gender: person.gender,
    educationGroup: education <= 1 ? 0 : education === 2 ? 1 : 2,
    region: person.region,
    parent: hasChildren(person.householdType),
    member,
    engagement,
  });

  const signupDay = drawSignupDay(rng, person, asOf);
  const signupMs = signupDay * DAY_MS;
  const { channels, preferredChannel, emailActive } = drawChannels(rng, {
    index,
    ageBand: band,
    first: person.first,
    last: person.last,
    regionCode: person.land.code,
    city: person.city,
    postcode: person.postcode,
    member,
    signupMs,
    asOfMs: asOf.ms,
  });

  // Behaviour: who gives, who is drifting away, and the year of activity that follows.
  const politics = affinityOf(interests, 'politics');
  const civic = Math.max(politics, affinityOf(interests, 'volunteering'));
  const donorOdds = donorLogit(age, incomeLevel, member, civic);
  const donor = chance(rng, logistic(donorOdds));
  const lapsing = chance(rng, 0.16 + (age < 30 ? 0.08 : 0) - (member ? 0.1 : 0));
  const events = drawEvents(rng, {
    age,
    engagement,
    interests,
    emailActive,
    member,
    donor,
    incomeLevel,
    lapsing,
    signupMs,
    asOfMs: asOf.ms,
  });

  // Sensitive facts are known only for people who volunteered them: members far more often.
  const partyKnown = chance(rng, member ? 0.6 : 0.1 + 0.25 * politics);
  const partyTable = item(PARTY_TABLES[person.land.group], band);
  const party = partyKnown ? item(PARTIES, draw(rng, partyTable)) : undefined;
  const religionTable =
    ORIGIN_RELIGION_TABLES[person.origin.key] ?? item(item(RELIGION_TABLES, person.region), band);
  const religion = chance(rng, 0.35) ? item(RELIGIONS, draw(rng, religionTable)) : undefined;

  const signupDate = isoDate(signupDay);
  const attributes = recordAttributes(rng, person, { signupDate, party, religion });

  // People who joined in the last 30 days have not been scored yet.
  const daysSinceSignup = asOf.day - signupDay;
  const scores =
    daysSinceSignup < 30
      ? []
      : drawScores(rng, {
          age,
          education,
          incomeLevel,
          member,
          east: person.east,
          lapsing,
          emailActive,
          politicsAffinity: politics,
          partyKnown: party !== undefined && party !== 'none',
          donorLogit: donorOdds,
          donated: events.some((event) => event.type === 'donation'),
          newcomer: daysSinceSignup < 365,
        });

  const externalId = externalIdFor(index);
  return {
    id: profileIdFor(externalId),
    externalId,
    attributes,
    interests,
    events,
    scores,
    channels,
    preferredChannel,
  };
}
