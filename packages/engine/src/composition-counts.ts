import {
  bucketIndexOf,
  yearOf,
  type AttributeDefinition,
  type BucketCount,
  type CompositionPlan,
  type EvaluationContext,
  type SegmentRule,
} from '@pinpoint/domain';
import { andCount, countBits, type Bitset } from './bitset';
import { ruleBits } from './rule-evaluation';
import type { AudienceShard } from './shard';

/**
 * What a shard contributes to an attribute's stats: the range of numbers or years among the
 * valid rows and, for texts, how many valid rows hold each text. Shards merge by min, max and
 * adding counts; `attributeStatsFromParts` then ranks texts exactly as `attributeStatsOf`.
 */
export interface StatsPart {
  range: { min: number; max: number } | null;
  texts: Map<string, number>;
}

/** The stats part of one shard, read from the column's dictionary and per-code counts. */
export function statsPart(shard: AudienceShard, definition: AttributeDefinition): StatsPart {
  const column = shard.columns.attributes.get(definition.key);
  const part: StatsPart = { range: null, texts: new Map() };
  if (!column) return part;
  const widen = (n: number) => {
    part.range = part.range
      ? { min: Math.min(part.range.min, n), max: Math.max(part.range.max, n) }
      : { min: n, max: n };
  };
  column.values.forEach((value, i) => {
    const count = column.counts[i + 1]!;
    if (count === 0) return;
    if (definition.type === 'number' && typeof value === 'number') widen(value);
    else if (definition.type === 'date' && typeof value === 'string') widen(yearOf(value));
    else if (definition.type === 'string') {
      const text = String(value);
      part.texts.set(text, (part.texts.get(text) ?? 0) + count);
    }
  });
  return part;
}

/**
 * Rows per row of the plan in one shard: the population from the per-code counts (kept up to
 * date as rows are deleted or replaced), the segment from a pass over the segment's members
 * or, for columns with a bitset per value, one AND-popcount per value, whichever reads less.
 */
export function compositionCounts(
  shard: AudienceShard,
  rule: SegmentRule | null,
  key: string,
  plan: CompositionPlan,
  context: EvaluationContext,
): BucketCount[] {
  const column = shard.columns.attributes.get(key);
  const population = countBits(shard.valid);
  if (!column) {
    const members = rule === null ? population : countBits(ruleBits(shard, rule, context));
    return [{ index: bucketIndexOf(plan, undefined), segment: members, population }];
  }
  const distinct = column.values.length;
  let segment: ArrayLike<number> = column.counts;
  if (rule !== null) {
    const members = ruleBits(shard, rule, context);
    segment = segmentHistogram(members, column.codes, column.perCode, distinct, shard.words);
  }
  const result: BucketCount[] = [];
  for (let code = 0; code <= distinct; code += 1) {
    const value = code === 0 ? undefined : column.values[code - 1];
    result.push({
      index: bucketIndexOf(plan, value),
      segment: segment[code]!,
      population: column.counts[code]!,
    });
  }
  return result;
}

function segmentHistogram(
  members: Bitset,
  codes: ArrayLike<number> | null,
  perCode: readonly Bitset[] | null,
  distinct: number,
  words: number,
): Float64Array {
  const histogram = new Float64Array(distinct + 1);
  const size = countBits(members);
  // A popcount pass costs about half of what reading one member's code does, per unit.
  if (perCode && (codes === null || distinct * words < size * 2)) {
    let withValue = 0;
    perCode.forEach((bits, i) => {
      histogram[i + 1] = andCount(members, bits);
      withValue += histogram[i + 1]!;
    });
    histogram[0] = size - withValue;
    return histogram;
  }
  for (let w = 0; w < words; w += 1) {
    let word = members[w]!;
    while (word !== 0) {
      const low = word & -word;
      histogram[codes![(w << 5) + 31 - Math.clz32(low)]!]! += 1;
      word ^= low;
    }
  }
  return histogram;
}
