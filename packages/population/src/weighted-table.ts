import type { RandomGenerator } from 'pure-rand';
import { uniform } from './random';

/**
 * A discrete distribution prepared once (at module load) so that each draw costs one
 * random number and a binary search, without allocating.
 */
export interface WeightedTable<T> {
  readonly values: readonly T[];
  /** Cumulative probabilities; the last one is exactly 1. */
  readonly cumulative: Float64Array;
}

/** Builds a table from `[value, weight]` pairs; weights need not sum to 1. */
export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  if (entries.length === 0 || !(total > 0))
    throw new RangeError('a weighted table needs a positive total weight');
  const cumulative = new Float64Array(entries.length);
  let running = 0;
  entries.forEach(([, weight], index) => {
    if (weight < 0) throw new RangeError(`negative weight ${weight}`);
    running += weight;
    cumulative[index] = running / total;
  });
  cumulative[entries.length - 1] = 1;
  return { values: entries.map(([value]) => value), cumulative };
}

/** Builds a table over `values` with the given `weights` (same order and length). */
export function tableOf<T>(values: readonly T[], weights: readonly number[]): WeightedTable<T> {
  if (values.length !== weights.length) throw new RangeError('values and weights differ in length');
  return weightedTable(values.map((value, index) => [value, weights[index] ?? 0] as const));
}

/** Draws the index of one entry: the first whose cumulative probability exceeds a uniform draw. */
export function drawIndex(rng: RandomGenerator, cumulative: Float64Array): number {
  const u = uniform(rng);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 1) > u) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Draws one value of the table. */
export function draw<T>(rng: RandomGenerator, table: WeightedTable<T>): T {
  return table.values[drawIndex(rng, table.cumulative)] as T;
}

/** `items[index]` for tables that are complete by construction; a miss is a bug, so it throws. */
export function item<T>(items: readonly T[], index: number): T {
  const value = items[index];
  if (value === undefined) throw new RangeError(`no table entry at index ${index}`);
  return value;
}
