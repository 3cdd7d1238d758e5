/**
 * How one numeric column of a design matrix was made from a profile, so that a coefficient can
 * be reported in words. `standardised` columns hold `(raw − center) / scale` (one unit is one
 * standard deviation of the raw value in the fitting sample); `indicator` columns hold 0 or 1.
 */
export interface FeatureColumn {
  /** Stable machine name: `attribute:age`, `attribute:region=BY`, `attribute:age:missing`, `interest:climate`, `event:purchase`. */
  readonly name: string;
  /** What the column means, in catalog labels: `Education: tertiary (vs intermediate)`. */
  readonly label: string;
  readonly kind: 'standardised' | 'indicator';
  readonly source: 'attribute' | 'interest' | 'event';
  /** The catalog key the column comes from. */
  readonly key: string;
  /** Mean of the raw value in the fitting sample (0 for indicators). */
  readonly center: number;
  /** Standard deviation of the raw value in the fitting sample (1 for indicators). */
  readonly scale: number;
}

/**
 * Profiles as numbers: `rows × columns.length` values, row-major, in one Float64Array so that
 * a million rows are one allocation and training loops stay cache-friendly. No intercept
 * column: models add their own.
 */
export interface DesignMatrix {
  readonly rows: number;
  readonly columns: readonly FeatureColumn[];
  readonly values: Float64Array;
}

/** The position of the column named `name`; throws if there is none, so a typo is not a silent zero. */
export function columnIndex(design: Pick<DesignMatrix, 'columns'>, name: string): number {
  const index = design.columns.findIndex((column) => column.name === name);
  if (index < 0) throw new RangeError(`no design column named "${name}"`);
  return index;
}

/** A new design matrix with only the rows at `indexes`, in that order (e.g. one variant's sends). */
export function selectRows(design: DesignMatrix, indexes: ArrayLike<number>): DesignMatrix {
  const width = design.columns.length;
  const values = new Float64Array(indexes.length * width);
  for (let i = 0; i < indexes.length; i += 1) {
    const row = indexes[i]!;
    if (!(row >= 0 && row < design.rows)) throw new RangeError(`row ${row} is out of range`);
    values.set(design.values.subarray(row * width, (row + 1) * width), i * width);
  }
  return { rows: indexes.length, columns: design.columns, values };
}

/** The indexes `i` in `0 … length − 1` for which `keep(i)` holds, as a compact array. */
export function indexesWhere(length: number, keep: (index: number) => boolean): Int32Array {
  const kept = new Int32Array(length);
  let count = 0;
  for (let i = 0; i < length; i += 1) if (keep(i)) kept[count++] = i;
  return kept.slice(0, count);
}

/** The values of `source` at `indexes`, e.g. the outcomes of one variant's sends. */
export function pick<T extends Float64Array | Uint8Array | Int32Array>(
  source: T,
  indexes: ArrayLike<number>,
): T {
  const picked = new (source.constructor as new (length: number) => T)(indexes.length);
  for (let i = 0; i < indexes.length; i += 1) picked[i] = source[indexes[i]!]!;
  return picked;
}
