import type { AttributeValue } from './attribute-value';
import type { AttributeDefinition } from './catalog';
import { niceBucketEdges, numberBucketIndex } from './number-buckets';

/** Texts shown as the most frequent values of a string attribute, unless asked otherwise. */
export const DEFAULT_TOP_VALUES = 10;

/**
 * What the population's values of an attribute look like, as far as the rows of a
 * composition depend on it. Computed by SQL or in memory, with identical results.
 */
export interface AttributeStats {
  /** Smallest and largest number (number attributes) or year (date attributes); null when no one has a value. */
  range: { min: number; max: number } | null;
  /** The most frequent texts (string attributes), most frequent first, ties in code-point order. */
  top: string[];
}

/** Whether the `other` row is always shown, or only when someone falls into it. */
export type OtherRow = 'always' | 'if_any';

/**
 * How values map to the rows of a composition. Rows `0..n-1` are the plan's buckets, row
 * `n` is `other` (values outside them), row `n + 1` is `missing` (no value).
 */
export type CompositionPlan =
  | { by: 'value'; values: readonly (string | boolean)[]; other: OtherRow }
  | { by: 'range'; edges: readonly number[]; other: OtherRow }
  | { by: 'year'; firstYear: number; lastYear: number; other: OtherRow };

/** How a composition is broken down beyond what the attribute's type decides. */
export interface CompositionOptions {
  /** Bucket edges for a number attribute, strictly ascending; chosen from the data when absent. */
  edges?: readonly number[];
  /** How many of the most frequent texts of a string attribute get a row; default `DEFAULT_TOP_VALUES`. */
  topValues?: number;
}

/**
 * The rows for an attribute: enums one per allowed value in catalog order (values no longer
 * allowed fall into `other`, shown only then); booleans true and false; numbers the given
 * `edges`, values outside them in `other`, or else `niceBucketEdges` of the population's
 * range; dates one row per year from the first to the last; strings the top values, the
 * rest in `other`. Every plan ends with `missing`.
 */
export function compositionPlan(
  definition: AttributeDefinition,
  stats: AttributeStats,
  options: CompositionOptions = {},
): CompositionPlan {
  switch (definition.type) {
    case 'enum':
      return { by: 'value', values: definition.values, other: 'if_any' };
    case 'boolean':
      return { by: 'value', values: [true, false], other: 'if_any' };
    case 'string':
      return { by: 'value', values: stats.top, other: 'always' };
    case 'number':
      if (options.edges) return { by: 'range', edges: options.edges, other: 'always' };
      return {
        by: 'range',
        edges: stats.range ? niceBucketEdges(stats.range.min, stats.range.max) : [],
        other: 'if_any',
      };
    case 'date':
      return {
        by: 'year',
        firstYear: stats.range?.min ?? 0,
        lastYear: stats.range?.max ?? -1,
        other: 'if_any',
      };
  }
}

/** Number of buckets before `other` and `missing`. */
export function bucketCount(plan: CompositionPlan): number {
  switch (plan.by) {
    case 'value':
      return plan.values.length;
    case 'range':
      return Math.max(0, plan.edges.length - 1);
    case 'year':
      return Math.max(0, plan.lastYear - plan.firstYear + 1);
  }
}

/** The year of a `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The row a value (undefined: missing) falls into; see `CompositionPlan` for the numbering. */
export function bucketIndexOf(plan: CompositionPlan, value: AttributeValue | undefined): number {
  const other = bucketCount(plan);
  if (value === undefined) return other + 1;
  let index = -1;
  if (plan.by === 'value') index = plan.values.indexOf(value as string | boolean);
  else if (plan.by === 'range' && typeof value === 'number')
    index = numberBucketIndex(plan.edges, value);
  else if (plan.by === 'year' && typeof value === 'string') {
    const year = yearOf(value);
    if (year >= plan.firstYear && year <= plan.lastYear) index = year - plan.firstYear;
  }
  return index < 0 ? other : index;
}
