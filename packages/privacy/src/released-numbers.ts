/**
 * How many numbers an overlap of `segments` segments releases, each of which costs ε: the size
 * of each, each pair's intersection (the matrix is symmetric, so each pair once), the union and
 * the population.
 */
export function overlapNumberCount(segments: number): number {
  return segments + (segments * (segments - 1)) / 2 + 2;
}

/**
 * How many numbers a composition with `rows` rows releases, each of which costs ε: the segment
 * count and the population count of each row, plus the segment size and the population. Shares
 * and lift indexes are computed from the noisy counts and cost nothing more.
 */
export function compositionNumberCount(rows: number): number {
  return 2 * rows + 2;
}
