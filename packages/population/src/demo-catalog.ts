import type { AttributeDefinition, Catalog, CatalogEntry } from '@pinpoint/domain';
import { PARTIES, PARTY_LABELS, RELIGIONS } from './beliefs';
import { EDUCATION_LEVELS, GENDERS, HOUSEHOLD_TYPES } from './demographics';
import { EVENT_TYPES } from './events';
import { INCOME_BANDS } from './income';
import { INTEREST_TOPICS } from './interest-topics';
import { REGIONS, URBANITIES } from './regions';
import { SCORE_MODELS } from './scores';

type Extra = Partial<Pick<AttributeDefinition, 'unit' | 'sensitive' | 'description'>>;

function plain(
  key: string,
  label: string,
  type: 'string' | 'number' | 'boolean' | 'date',
  extra: Extra = {},
): AttributeDefinition {
  return { key, label, type, description: '', sensitive: 'none', ...extra };
}

function oneOf(
  key: string,
  label: string,
  values: readonly string[],
  extra: Extra = {},
): AttributeDefinition {
  return {
    key,
    label,
    type: 'enum',
    values: [...values],
    description: '',
    sensitive: 'none',
    ...extra,
  };
}

const entry = ({
  key,
  label,
  description = '',
}: {
  key: string;
  label: string;
  description?: string;
}): CatalogEntry => ({
  key,
  label,
  description,
});

/**
 * The catalog of the demo population: every attribute, interest topic, event type and score
 * model that `generatePopulation` produces, and nothing else, so generated profiles and demo
 * segments validate against it.
 */
export const demoCatalog: Catalog = {
  attributes: [
    plain('first_name', 'First name', 'string'),
    plain('last_name', 'Last name', 'string'),
    plain('city', 'City', 'string', { description: 'Place of residence.' }),
    plain('postcode', 'Postcode', 'string', {
      description: 'Five-digit German postcode (PLZ) of the place of residence.',
    }),
    oneOf(
      'region',
      'Federal state',
      REGIONS.map((r) => r.code),
      {
        description: `German Land of residence: ${REGIONS.map((r) => `${r.code} = ${r.label}`).join(', ')}.`,
      },
    ),
    oneOf('urbanity', 'Urbanity', URBANITIES, {
      description: 'Settlement type of the place of residence.',
    }),
    plain('age', 'Age', 'number', {
      unit: 'years',
      description: 'Age in whole years (18 to 95; 95 means 95 or older).',
    }),
    plain('birth_date', 'Birth date', 'date'),
    oneOf('gender', 'Gender', GENDERS),
    oneOf('education', 'Education', EDUCATION_LEVELS, {
      description:
        'Highest qualification: none; lower_secondary = Hauptschulabschluss; intermediate = Realschulabschluss (mittlere Reife); upper_secondary = Abitur or Fachhochschulreife; tertiary = university or university of applied sciences degree.',
    }),
    oneOf('income_band', 'Household income', INCOME_BANDS, {
      unit: 'EUR per month',
      description:
        'Monthly net household income in euros, in ordered bands from under 1,500 to 5,000 and more.',
    }),
    plain('household_size', 'Household size', 'number', { unit: 'persons' }),
    oneOf('household_type', 'Household type', HOUSEHOLD_TYPES, {
      description:
        'single, couple without children, family (couple with children), single_parent, shared (flat-share), with_parents.',
    }),
    plain('member', 'Member', 'boolean', { description: 'Is a member of the organisation.' }),
    plain('signup_date', 'Signup date', 'date', {
      description: 'When the person first entered the database.',
    }),
    oneOf('party_affinity', 'Party affinity', PARTIES, {
      sensitive: 'political_opinion',
      description: `Party the person says they lean to: ${PARTIES.map((p) => `${p} = ${PARTY_LABELS[p]}`).join(', ')}. Missing unless volunteered.`,
    }),
    oneOf('religion', 'Religion', RELIGIONS, {
      sensitive: 'religious_belief',
      description: 'Religious affiliation, where the person stated it.',
    }),
  ],
  interests: INTEREST_TOPICS.map(entry),
  eventTypes: EVENT_TYPES.map(entry),
  scoreModels: SCORE_MODELS.map(entry),
};
