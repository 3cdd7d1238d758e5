import type { BucketCount, MaskCount, ReachCounts, ReachOutcome } from '@pinpoint/domain';

/**
 * Merging what shards count. Profiles are partitioned by id, so every count is a sum over
 * shards: a scale-out deployment (one process or machine per id range, like Citus shards
 * the profile tables) asks each shard for these parts and merges them here, then hands the
 * merged counts to the domain's arithmetic (`compositionFromCounts`, `reachFromCounts`).
 * Segment counts are plain sums, overlap parts add (`mergeOverlapParts`), and member pages
 * merge by id (`memberPage`).
 */

/** Profiles per membership mask (SQL's overlap answer), summed over shards. */
export function mergeMaskCounts(parts: readonly (readonly MaskCount[])[]): MaskCount[] {
  const total = new Map<number, number>();
  for (const part of parts)
    for (const { mask, count } of part) total.set(mask, (total.get(mask) ?? 0) + count);
  return [...total].map(([mask, count]) => ({ mask, count }));
}

/** Audience members per reach outcome, summed over shards. */
export function mergeReachCounts(parts: readonly ReachCounts[]): ReachCounts {
  const total: ReachCounts = {};
  for (const part of parts) {
    for (const [outcome, count] of Object.entries(part) as [ReachOutcome, number][])
      total[outcome] = (total[outcome] ?? 0) + count;
  }
  return total;
}

/**
 * Rows per composition bucket, summed over shards. Shards must count against the same plan:
 * merge their stats first (`attributeStatsFromParts`), derive the plan once, then count.
 */
export function mergeBucketCounts(parts: readonly (readonly BucketCount[])[]): BucketCount[] {
  const total = new Map<number, BucketCount>();
  for (const part of parts) {
    for (const { index, segment, population } of part) {
      const sum = total.get(index) ?? { index, segment: 0, population: 0 };
      total.set(index, {
        index,
        segment: sum.segment + segment,
        population: sum.population + population,
      });
    }
  }
  return [...total.values()].sort((a, b) => a.index - b.index);
}
