import type { AttributeDefinition, Profile } from '@pinpoint/domain';
import type { FeatureColumn } from './design-matrix';
import {
  continuousColumns,
  type FeatureBlock,
  type FeatureBlockBuilder,
  ObservedValues,
  writeContinuous,
} from './feature-block';

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How enum attributes pick the level every other level is compared with. */
export interface EnumEncoding {
  /** The reference level; by default the most frequent level in the fitting sample. */
  reference?: string;
  /** Levels seen fewer times than this in the fitting sample are pooled with the reference. */
  minLevelCount: number;
}

const valueOf = (profile: Profile, key: string) => profile.attributes[key];

/**
 * A number, or a `YYYY-MM-DD` date as years before `asOf` (so "signup date" reads as tenure),
 * standardised. A stored value of the wrong type counts as missing rather than failing the row:
 * validation is the import's job, and one bad value should not stop a model over millions.
 */
function continuousAttribute(definition: AttributeDefinition, asOf: Date): FeatureBlockBuilder {
  const asOfMs = asOf.getTime();
  const raw = (profile: Profile): number | undefined => {
    const value = valueOf(profile, definition.key);
    if (definition.type === 'number') {
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    }
    if (typeof value !== 'string' || !ISO_DATE.test(value)) return undefined;
    const ms = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(ms) ? undefined : (asOfMs - ms) / YEAR_MS;
  };
  const observed = new ObservedValues();
  return {
    observe: (profile) => observed.observe(raw(profile)),
    build(): FeatureBlock {
      const isDate = definition.type === 'date';
      const columns = continuousColumns(
        observed,
        { name: `attribute:${definition.key}`, source: 'attribute', key: definition.key },
        isDate ? `${definition.label}, years ago` : definition.label,
        isDate ? 'years' : (definition.unit ?? ''),
        `${definition.label}: not known`,
      );
      return {
        columns,
        encode: (profile, out, at) => writeContinuous(columns, raw(profile), out, at),
      };
    },
  };
}

/** Yes = 1, no = 0, with a missing indicator when the sample had people without a value. */
function booleanAttribute(definition: AttributeDefinition): FeatureBlockBuilder {
  const raw = (profile: Profile) => {
    const value = valueOf(profile, definition.key);
    return typeof value === 'boolean' ? value : undefined;
  };
  let yes = 0;
  let no = 0;
  let missing = 0;
  return {
    observe(profile) {
      const value = raw(profile);
      if (value === undefined) missing += 1;
      else if (value) yes += 1;
      else no += 1;
    },
    build(): FeatureBlock {
      const name = `attribute:${definition.key}`;
      const base = {
        source: 'attribute',
        key: definition.key,
        kind: 'indicator',
        center: 0,
        scale: 1,
      } as const;
      const columns: FeatureColumn[] = [];
      if (yes > 0 && no > 0) columns.push({ ...base, name, label: definition.label });
      if (missing > 0) {
        columns.push({ ...base, name: `${name}:missing`, label: `${definition.label}: not known` });
      }
      const hasValueColumn = yes > 0 && no > 0;
      return {
        columns,
        encode(profile, out, at) {
          const value = raw(profile);
          let next = at;
          if (hasValueColumn) out[next++] = value === true ? 1 : 0;
          if (missing > 0) out[next] = value === undefined ? 1 : 0;
        },
      };
    },
  };
}

/**
 * One-hot columns for every level but the reference, plus a missing indicator. The reference
 * defaults to the most frequent level because effects measured against the largest group have
 * the smallest errors; ties go to the level listed first in the catalog.
 */
function enumAttribute(
  definition: Extract<AttributeDefinition, { type: 'enum' }>,
  encoding: EnumEncoding,
): FeatureBlockBuilder {
  const counts = new Map<string, number>(definition.values.map((level) => [level, 0]));
  let missing = 0;
  const levelOf = (profile: Profile) => {
    const value = valueOf(profile, definition.key);
    return typeof value === 'string' && counts.has(value) ? value : undefined;
  };
  return {
    observe(profile) {
      const level = levelOf(profile);
      if (level === undefined) missing += 1;
      else counts.set(level, counts.get(level)! + 1);
    },
    build(): FeatureBlock {
      const reference =
        encoding.reference ??
        definition.values.reduce((best, level) =>
          counts.get(level)! > counts.get(best)! ? level : best,
        );
      const levels = definition.values.filter(
        (level) => level !== reference && counts.get(level)! >= encoding.minLevelCount,
      );
      const base = {
        source: 'attribute',
        key: definition.key,
        kind: 'indicator',
        center: 0,
        scale: 1,
      } as const;
      const columns: FeatureColumn[] = levels.map((level) => ({
        ...base,
        name: `attribute:${definition.key}=${level}`,
        label: `${definition.label}: ${level} (vs ${reference})`,
      }));
      if (missing > 0) {
        columns.push({
          ...base,
          name: `attribute:${definition.key}:missing`,
          label: `${definition.label}: not known (vs ${reference})`,
        });
      }
      const columnOfLevel = new Map(levels.map((level, index) => [level, index]));
      return {
        columns,
        encode(profile, out, at) {
          out.fill(0, at, at + columns.length);
          const level = levelOf(profile);
          if (level === undefined) {
            if (missing > 0) out[at + levels.length] = 1;
            return;
          }
          const column = columnOfLevel.get(level);
          if (column !== undefined) out[at + column] = 1;
        },
      };
    },
  };
}

/**
 * The block builder for one catalog attribute, or undefined for free text (names, cities,
 * postcodes), which has too many values to be a column and would mostly identify people.
 */
export function attributeBlock(
  definition: AttributeDefinition,
  asOf: Date,
  encoding: EnumEncoding,
): FeatureBlockBuilder | undefined {
  switch (definition.type) {
    case 'number':
    case 'date':
      return continuousAttribute(definition, asOf);
    case 'boolean':
      return booleanAttribute(definition);
    case 'enum':
      return enumAttribute(definition, encoding);
    case 'string':
      return undefined;
  }
}
