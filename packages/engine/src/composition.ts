import {
  DEFAULT_TOP_VALUES,
  checkCompositionRequest,
  compareCodePoints,
  compositionFromCounts,
  compositionPlan,
  type AttributeDefinition,
  type AttributeStats,
  type AudienceQuestionContext,
  type AudienceResult,
  type BucketCount,
  type Composition,
  type CompositionOptions,
  type SegmentRule,
} from '@pinpoint/domain';
import { compositionCounts, statsPart, type StatsPart } from './composition-counts';
import type { AudienceShard } from './shard';

/**
 * Merges the stats parts of shards into the stats `compositionPlan` needs, ranking texts as
 * `attributeStatsOf` does: most frequent first, ties in code-point order.
 */
export function attributeStatsFromParts(
  definition: AttributeDefinition,
  parts: readonly StatsPart[],
  topValues = DEFAULT_TOP_VALUES,
): AttributeStats {
  let range: AttributeStats['range'] = null;
  const texts = new Map<string, number>();
  for (const part of parts) {
    if (part.range) {
      range = range
        ? { min: Math.min(range.min, part.range.min), max: Math.max(range.max, part.range.max) }
        : { ...part.range };
    }
    for (const [text, count] of part.texts) texts.set(text, (texts.get(text) ?? 0) + count);
  }
  if (definition.type !== 'string') return { range, top: [] };
  const top = [...texts]
    .sort(([a, m], [b, n]) => n - m || compareCodePoints(a, b))
    .slice(0, topValues)
    .map(([text]) => text);
  return { range: null, top };
}

/**
 * A composition over several shards: stats first (merged), then the plan, then counts per
 * plan row from every shard, added by `compositionFromCounts` like SQL's rows.
 */
export function compositionAcross(
  shards: readonly AudienceShard[],
  rule: SegmentRule | null,
  key: string,
  context: AudienceQuestionContext,
  options: CompositionOptions = {},
): AudienceResult<Composition> {
  const checked = checkCompositionRequest(context.catalog, key, options);
  if (!checked.ok) return checked;
  const definition = checked.value;
  const stats = attributeStatsFromParts(
    definition,
    shards.map((shard) => statsPart(shard, definition)),
    options.topValues,
  );
  const plan = compositionPlan(definition, stats, options);
  const counts: BucketCount[] = [];
  for (const shard of shards) {
    try {
      counts.push(...compositionCounts(shard, rule, key, plan, context));
    } finally {
      shard.pool.releaseAll();
    }
  }
  return { ok: true, value: compositionFromCounts(definition, plan, counts) };
}
