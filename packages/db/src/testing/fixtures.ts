import { Catalog, Profile, profileIdFor } from '@pinpoint/domain';

/** A small catalog with one attribute of each type, for storage tests. */
export const fixtureCatalog: Catalog = Catalog.parse({
  attributes: [
    { key: 'age', label: 'Age', type: 'number', unit: 'years' },
    { key: 'region', label: 'Region', type: 'enum', values: ['BY', 'NW', 'BE'] },
    { key: 'city', label: 'City', type: 'string' },
    { key: 'member', label: 'Member', type: 'boolean' },
    { key: 'joined_on', label: 'Joined on', type: 'date' },
    {
      key: 'party',
      label: 'Party affinity',
      type: 'enum',
      values: ['a', 'b'],
      sensitive: 'political_opinion',
    },
  ],
  interests: [
    { key: 'climate', label: 'Climate' },
    { key: 'football', label: 'Football' },
  ],
  eventTypes: [
    { key: 'purchase', label: 'Purchase' },
    { key: 'donation', label: 'Donation' },
  ],
  scoreModels: [{ key: 'churn', label: 'Churn risk' }],
});

/** A profile for storage tests: only `externalId` is required, the rest defaults to empty. */
export function fixtureProfile(
  externalId: string,
  facts: Partial<Omit<Profile, 'id' | 'externalId'>> = {},
): Profile {
  return Profile.parse({ id: profileIdFor(externalId), externalId, ...facts });
}
