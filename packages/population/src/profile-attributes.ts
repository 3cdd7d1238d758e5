import type { Profile } from '@pinpoint/domain';
import type { RandomGenerator } from 'pure-rand';
import { EDUCATION_LEVELS, GENDERS, HOUSEHOLD_TYPES } from './demographics';
import { INCOME_BANDS } from './income';
import type { Person } from './person';
import { chance } from './random';
import { URBANITIES } from './regions';
import { item } from './weighted-table';

/** Facts recorded beside the person's own: from signup and from what they told us. */
export interface RecordedFacts {
  signupDate: string;
  party: string | undefined;
  religion: string | undefined;
}

/**
 * The catalog attributes of a person as a CRM would hold them: some values are missing on
 * purpose (about 3% lack age and birth date together, 8% income, 3% household, 1.5% city),
 * because real data does and every evaluator must cope. Keys keep catalog order.
 */
export function recordAttributes(
  rng: RandomGenerator,
  person: Person,
  recorded: RecordedFacts,
): Profile['attributes'] {
  const attributes: Profile['attributes'] = {
    first_name: person.first.text,
    last_name: person.last.text,
  };
  if (!chance(rng, 0.015)) {
    attributes.city = person.city.name;
    attributes.postcode = person.postcode;
  }
  attributes.region = person.land.code;
  attributes.urbanity = item(URBANITIES, person.urbanity);
  if (!chance(rng, 0.03)) {
    attributes.age = person.age;
    attributes.birth_date = person.birthDate;
  }
  if (!chance(rng, 0.01)) attributes.gender = item(GENDERS, person.gender);
  if (!chance(rng, 0.05)) attributes.education = item(EDUCATION_LEVELS, person.education);
  if (!chance(rng, 0.08)) attributes.income_band = item(INCOME_BANDS, person.incomeLevel);
  if (!chance(rng, 0.03)) {
    attributes.household_size = person.householdSize;
    attributes.household_type = item(HOUSEHOLD_TYPES, person.householdType);
  }
  attributes.member = person.member;
  attributes.signup_date = recorded.signupDate;
  if (recorded.party !== undefined) attributes.party_affinity = recorded.party;
  if (recorded.religion !== undefined) attributes.religion = recorded.religion;
  return attributes;
}
