import type { Profile } from '@pinpoint/domain';
import type { FeatureColumn } from './design-matrix';
import { RunningMoments } from './running-moments';

/** Some adjacent columns of a design row, made from one fact of a profile (an attribute, the interests, the events). */
export interface FeatureBlock {
  readonly columns: readonly FeatureColumn[];
  /** Writes this block's columns for `profile` into `out[offset …]`. */
  encode(profile: Profile, out: Float64Array, offset: number): void;
}

/**
 * Learns what a block needs from a fitting sample (means, spreads, which levels occur), then
 * builds it. Fitting first keeps every later row on the same scale, whatever it contains.
 */
export interface FeatureBlockBuilder {
  observe(profile: Profile): void;
  build(): FeatureBlock;
}

/** Three significant digits: enough to read a scale in a label, short enough to keep it readable. */
export function readable(value: number): string {
  return String(Number(value.toPrecision(3)));
}

/** Moments of a value and how often it was missing; the common core of the continuous blocks. */
export class ObservedValues {
  readonly moments = new RunningMoments();
  missing = 0;

  observe(value: number | undefined): void {
    if (value === undefined) this.missing += 1;
    else this.moments.add(value);
  }
}

/**
 * Columns for one continuous value: the value standardised (a missing value counts as the mean,
 * so it adds nothing there), and an indicator for "missing" when the sample had missing values,
 * which then carries the difference between people without the value and the average person.
 * A value that never varied gives no value column: it could not explain anything.
 */
export function continuousColumns(
  observed: ObservedValues,
  base: Pick<FeatureColumn, 'name' | 'source' | 'key'>,
  label: string,
  unit: string,
  missingLabel: string,
): FeatureColumn[] {
  const { mean, standardDeviation } = observed.moments;
  const columns: FeatureColumn[] = [];
  if (standardDeviation > 0) {
    const spread = `${readable(standardDeviation)}${unit ? ` ${unit}` : ''}`;
    columns.push({
      ...base,
      label: `${label}, per SD (${spread})`,
      kind: 'standardised',
      center: mean,
      scale: standardDeviation,
    });
  }
  if (observed.missing > 0) {
    columns.push({
      ...base,
      name: `${base.name}:missing`,
      label: missingLabel,
      kind: 'indicator',
      center: 0,
      scale: 1,
    });
  }
  return columns;
}

/** Writes a continuous value into the columns made by `continuousColumns`. */
export function writeContinuous(
  columns: readonly FeatureColumn[],
  value: number | undefined,
  out: Float64Array,
  offset: number,
): void {
  let at = offset;
  for (const column of columns) {
    if (column.kind === 'standardised') {
      out[at] = value === undefined ? 0 : (value - column.center) / column.scale;
    } else {
      out[at] = value === undefined ? 1 : 0;
    }
    at += 1;
  }
}
