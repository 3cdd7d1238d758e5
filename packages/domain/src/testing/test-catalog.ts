import type { z } from 'zod';
import { Catalog, indexCatalog } from '../catalog';
import { Profile } from '../profile';
import { profileIdFor } from '../profile-id';

/**
 * A small catalog with one attribute of each type, for tests: `age` (number), `region`
 * (enum of four German states), `city` (string), `member` (boolean), `joined_on` (date),
 * three interests, three event types and two score models.
 */
export const TEST_CATALOG: Catalog = Catalog.parse({
  attributes: [
    { key: 'age', label: 'Age', type: 'number', unit: 'years' },
    { key: 'region', label: 'Region', type: 'enum', values: ['BY', 'BE', 'HH', 'NW'] },
    { key: 'city', label: 'City', type: 'string' },
    { key: 'member', label: 'Member', type: 'boolean' },
    { key: 'joined_on', label: 'Joined on', type: 'date' },
  ],
  interests: [
    { key: 'cycling', label: 'Cycling' },
    { key: 'climate', label: 'Climate' },
    { key: 'football', label: 'Football' },
  ],
  eventTypes: [
    { key: 'visit', label: 'Website visit' },
    { key: 'purchase', label: 'Purchase' },
    { key: 'email_open', label: 'Email opened' },
  ],
  scoreModels: [
    { key: 'churn', label: 'Churn' },
    { key: 'turnout', label: 'Turnout' },
  ],
});

/** `TEST_CATALOG`, indexed for `validateRule` and `validateProfileFacts`. */
export const TEST_CATALOG_INDEX = indexCatalog(TEST_CATALOG);

/** Profile input without the id, which `testProfile` derives from the external id. */
export type TestProfileInput = Omit<z.input<typeof Profile>, 'id' | 'externalId'> & {
  externalId?: string;
};

/**
 * A profile parsed from the few facts a test cares about; the id is derived from the
 * external id (default `test-person`) as imports do, and everything else takes its default.
 */
export function testProfile(facts: TestProfileInput = {}): Profile {
  const externalId = facts.externalId ?? 'test-person';
  return Profile.parse({ ...facts, id: profileIdFor(externalId), externalId });
}
