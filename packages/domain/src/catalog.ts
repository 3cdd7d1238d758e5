import { z } from 'zod';

/** Key of a catalog entry: snake_case, so it reads the same in rules, SQL and templates. */
export const CatalogKey = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,62}$/,
    'expected a snake_case key (a-z, 0-9, _), at most 63 characters',
  );
/** A catalog key (attribute, interest topic, event type or score model). */
export type CatalogKey = z.infer<typeof CatalogKey>;

/**
 * Special categories of personal data (GDPR Art. 9). Attributes in one of these are
 * flagged so that targeting on them can be refused or logged; `none` is ordinary data.
 */
export const SensitiveCategory = z.enum([
  'none',
  'political_opinion',
  'religious_belief',
  'health',
  'ethnic_origin',
  'sexual_orientation',
  'trade_union_membership',
  'biometric_genetic',
]);
/** A GDPR Art. 9 category, or `none`. */
export type SensitiveCategory = z.infer<typeof SensitiveCategory>;

const attributeBase = {
  key: CatalogKey,
  label: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  unit: z.string().max(40).optional(),
  sensitive: SensitiveCategory.default('none'),
};

/** An enum attribute's allowed values: distinct, non-empty strings. */
const EnumValues = z
  .array(z.string().min(1).max(200))
  .min(1, 'an enum attribute needs at least one allowed value')
  .max(1000)
  .refine((values) => new Set(values).size === values.length, 'allowed values must be distinct');

/**
 * Definition of one typed profile attribute. `date` values are calendar dates written
 * `YYYY-MM-DD`; `enum` values must be one of `values`.
 */
export const AttributeDefinition = z.discriminatedUnion('type', [
  z.object({ ...attributeBase, type: z.enum(['string', 'number', 'boolean', 'date']) }),
  z.object({ ...attributeBase, type: z.literal('enum'), values: EnumValues }),
]);
/** One typed profile attribute in the catalog. */
export type AttributeDefinition = z.infer<typeof AttributeDefinition>;
/** The type of an attribute's values. */
export type AttributeType = AttributeDefinition['type'];

/** A named catalog entry without a type: interest topics, event types, score models. */
export const CatalogEntry = z.object({
  key: CatalogKey,
  label: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
});
/** An interest topic, event type or score model. */
export type CatalogEntry = z.infer<typeof CatalogEntry>;

const distinctKeys = <T extends { key: string }>(entries: T[]) =>
  new Set(entries.map((entry) => entry.key)).size === entries.length;

/**
 * Everything a rule or a profile may name. Rules and profiles are validated against it,
 * so that a typo is an error rather than an empty segment.
 */
export const Catalog = z.object({
  attributes: z.array(AttributeDefinition).refine(distinctKeys, 'attribute keys must be distinct'),
  interests: z.array(CatalogEntry).refine(distinctKeys, 'interest keys must be distinct'),
  eventTypes: z.array(CatalogEntry).refine(distinctKeys, 'event type keys must be distinct'),
  scoreModels: z.array(CatalogEntry).refine(distinctKeys, 'score model keys must be distinct'),
});
/** The catalog of one workspace. */
export type Catalog = z.infer<typeof Catalog>;

/** Fast lookups into a catalog; build once per validation run, not per node. */
export interface CatalogIndex {
  readonly catalog: Catalog;
  readonly attributes: ReadonlyMap<string, AttributeDefinition>;
  readonly interests: ReadonlySet<string>;
  readonly eventTypes: ReadonlySet<string>;
  readonly scoreModels: ReadonlySet<string>;
}

/** Indexes a catalog by key. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  return {
    catalog,
    attributes: new Map(catalog.attributes.map((attribute) => [attribute.key, attribute])),
    interests: new Set(catalog.interests.map((entry) => entry.key)),
    eventTypes: new Set(catalog.eventTypes.map((entry) => entry.key)),
    scoreModels: new Set(catalog.scoreModels.map((entry) => entry.key)),
  };
}
