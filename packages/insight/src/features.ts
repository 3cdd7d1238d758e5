import type { Catalog, Profile } from '@pinpoint/domain';
import { eventBlock, interestBlock } from './activity-features';
import { attributeBlock } from './attribute-features';
import type { DesignMatrix, FeatureColumn } from './design-matrix';
import type { FeatureBlock, FeatureBlockBuilder } from './feature-block';

/** Which facts become columns, and how. */
export interface FeatureOptions {
  /** Dates become years before this instant, and events are counted in the window ending at it. */
  asOf: Date;
  /** Days of event history counted (default 365). */
  eventWindowDays?: number;
  /**
   * Attributes left out, e.g. `birth_date` when `age` is in: two columns that say the same
   * thing split one effect between them, and neither reads right as a driver.
   */
  exclude?: readonly string[];
  /**
   * Attributes of a special category (GDPR Art. 9: political opinion, religion, health, …) that
   * may be used. None is by default: a model that learns from them targets on them, which needs
   * explicit consent, and `FeatureEncoder.sensitiveAttributes` lists those used so that it can be logged.
   */
  includeSensitive?: readonly string[];
  /** Reference level per enum attribute (default: its most frequent level in the sample). */
  referenceLevels?: Readonly<Record<string, string>>;
  /** Enum levels seen fewer times in the sample are pooled with the reference (default 20). */
  minLevelCount?: number;
  /** Whether interest affinities become columns (default true). */
  interests?: boolean;
  /** Whether event counts become columns (default true). */
  events?: boolean;
}

/** Turns profiles into design rows, always on the scales learnt from the fitting sample. */
export interface FeatureEncoder {
  readonly columns: readonly FeatureColumn[];
  /** Special-category attributes that feed some column (only ever those named in `includeSensitive`). */
  readonly sensitiveAttributes: readonly string[];
  /** Writes the row of `profile` into `out[offset … offset + columns.length − 1]`. */
  encodeInto(profile: Profile, out: Float64Array, offset: number): void;
}

function checkKeys(what: string, keys: Iterable<string>, known: ReadonlySet<string>): void {
  for (const key of keys) {
    if (!known.has(key)) throw new RangeError(`${what}: unknown attribute "${key}"`);
  }
}

/**
 * Learns the columns from a sample of profiles: means and spreads for standardising, which
 * enum levels occur, which facts are ever missing. A few tens of thousands of profiles are
 * plenty; encode the rest with the returned encoder, so that every row shares one scale.
 * Free-text attributes are skipped. Throws a RangeError for an option naming an unknown attribute.
 */
export function fitFeatureEncoder(
  catalog: Catalog,
  sample: Iterable<Profile>,
  options: FeatureOptions,
): FeatureEncoder {
  const known = new Set(catalog.attributes.map((attribute) => attribute.key));
  const exclude = new Set(options.exclude ?? []);
  const allowed = new Set(options.includeSensitive ?? []);
  const references = options.referenceLevels ?? {};
  checkKeys('exclude', exclude, known);
  checkKeys('includeSensitive', allowed, known);
  checkKeys('referenceLevels', Object.keys(references), known);

  const used = catalog.attributes.filter(
    (a) => !exclude.has(a.key) && (a.sensitive === 'none' || allowed.has(a.key)),
  );
  const builders: FeatureBlockBuilder[] = [];
  for (const definition of used) {
    const reference = references[definition.key];
    if (
      reference !== undefined &&
      definition.type === 'enum' &&
      !definition.values.includes(reference)
    ) {
      throw new RangeError(
        `referenceLevels.${definition.key}: "${reference}" is not one of its values`,
      );
    }
    const builder = attributeBlock(definition, options.asOf, {
      reference,
      minLevelCount: options.minLevelCount ?? 20,
    });
    if (builder) builders.push(builder);
  }
  if (options.interests ?? true) builders.push(interestBlock(catalog.interests));
  if (options.events ?? true) {
    builders.push(eventBlock(catalog.eventTypes, options.asOf, options.eventWindowDays ?? 365));
  }

  for (const profile of sample) for (const builder of builders) builder.observe(profile);
  return assemble(
    builders.map((builder) => builder.build()),
    used.filter((a) => a.sensitive !== 'none').map((a) => a.key),
  );
}

function assemble(blocks: FeatureBlock[], sensitive: string[]): FeatureEncoder {
  const starts: number[] = [];
  const columns: FeatureColumn[] = [];
  for (const block of blocks) {
    starts.push(columns.length);
    columns.push(...block.columns);
  }
  const usedBlocks = blocks.map((block, index) => ({ block, start: starts[index]! }));
  const usedSensitive = sensitive.filter((key) =>
    columns.some((column) => column.source === 'attribute' && column.key === key),
  );
  return {
    columns,
    sensitiveAttributes: usedSensitive,
    encodeInto(profile, out, offset) {
      for (const { block, start } of usedBlocks) block.encode(profile, out, offset + start);
    },
  };
}

/** Encodes profiles into one design matrix, a row per profile in order. */
export function encodeProfiles(
  encoder: FeatureEncoder,
  profiles: readonly Profile[],
): DesignMatrix {
  const width = encoder.columns.length;
  const values = new Float64Array(profiles.length * width);
  profiles.forEach((profile, row) => encoder.encodeInto(profile, values, row * width));
  return { rows: profiles.length, columns: encoder.columns, values };
}
