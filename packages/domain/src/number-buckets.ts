/** Most buckets `niceBucketEdges` chooses; it takes the narrowest round width within this. */
export const MAX_NICE_BUCKETS = 12;

/** Round widths are these mantissas times a power of ten, as fractions so edges stay exact. */
const MANTISSAS: readonly { num: number; den: number }[] = [
  { num: 1, den: 1 },
  { num: 2, den: 1 },
  { num: 5, den: 2 },
  { num: 5, den: 1 },
];

/** Edge `i` of a grid of width `num / den`: one multiplication and one division, so `3 × 0.1` is 0.3. */
function gridEdge(i: number, width: { num: number; den: number }): number {
  return (i * width.num) / width.den + 0; // `+ 0` turns -0 into 0
}

/**
 * Bucket edges for the values `min..max`: equal, round widths (1, 2, 2.5 or 5 times a power
 * of ten), the narrowest that needs at most `MAX_NICE_BUCKETS` buckets, starting at a multiple
 * of the width. Ages 18–95 give width 10 from 10: `[10, 20, …, 100]`. The maximum always lies
 * below the last edge; a single value gets one bucket of width 1.
 */
export function niceBucketEdges(min: number, max: number): number[] {
  if (!(min <= max)) throw new RangeError(`expected min ≤ max, got ${min} and ${max}`);
  const span = max - min;
  if (!Number.isFinite(span)) return [min, max];
  const first = span === 0 ? 0 : Math.floor(Math.log10(span / MAX_NICE_BUCKETS)) - 1;
  for (let exponent = first; exponent <= 308; exponent += 1) {
    for (const m of MANTISSAS) {
      const width =
        exponent >= 0
          ? { num: m.num * 10 ** exponent, den: m.den }
          : { num: m.num, den: m.den * 10 ** -exponent };
      const edges = gridCovering(min, max, width);
      if (edges) return edges;
    }
  }
  return [min, max];
}

/** The grid edges from the last one at or below `min` to the first one above `max`, if few enough. */
function gridCovering(
  min: number,
  max: number,
  width: { num: number; den: number },
): number[] | null {
  const estimate = (max - min) / (width.num / width.den);
  if (estimate > MAX_NICE_BUCKETS + 1) return null;
  // The division may land one step off; correct it, and give up where the grid is finer
  // than the numbers can resolve (huge values with a tiny spread).
  let start = Math.floor((min * width.den) / width.num);
  for (let step = 0; gridEdge(start, width) > min; step += 1) {
    if (step > 2) return null;
    start -= 1;
  }
  for (let step = 0; gridEdge(start + 1, width) <= min; step += 1) {
    if (step > 2) return null;
    start += 1;
  }
  const edges = [gridEdge(start, width)];
  while (edges.at(-1)! <= max) {
    if (edges.length > MAX_NICE_BUCKETS) return null;
    edges.push(gridEdge(start + edges.length, width));
  }
  return edges.every((edge, i) => i === 0 || edge > edges[i - 1]!) ? edges : null;
}

/**
 * The bucket of `value` among `edges` (ascending): bucket `i` holds `edges[i] ≤ value <
 * edges[i + 1]`, and the last bucket also holds its upper edge. A value on an edge belongs
 * to the bucket that starts there. -1 when the value lies outside `edges[0]..edges.at(-1)`.
 */
export function numberBucketIndex(edges: readonly number[], value: number): number {
  const last = edges.length - 2;
  if (last < 0 || value < edges[0]! || value > edges[last + 1]!) return -1;
  for (let i = 0; i < last; i += 1) if (value < edges[i + 1]!) return i;
  return last;
}
