import {
  checkCompositionRequest,
  compositionFromCounts,
  compositionPlan,
  DEFAULT_TOP_VALUES,
  type AudienceResult,
  type Composition,
  type CompositionOptions,
  type SegmentRule,
} from '@pinpoint/domain';
import { sql } from 'drizzle-orm';
import type { AudienceContext } from './audience-queries';
import type { Database } from './client';
import { bucketIndexSql, loadAttributeStats } from './composition-sql';
import { compileRuleToSql } from './rule-sql';

/**
 * A segment broken down by attribute `key` against the workspace's whole population: rows
 * per value or bucket (see `compositionPlan`) with counts, shares and lift. Two small
 * queries: the population's range or top values (skipped for enums and booleans), which fix
 * the rows, then one pass that counts population and segment per row. Unknown attributes
 * and bad options are returned as issues.
 */
export async function segmentComposition(
  db: Database,
  rule: SegmentRule,
  key: string,
  context: AudienceContext,
  options: CompositionOptions = {},
): Promise<AudienceResult<Composition>> {
  return composition(db, rule, key, context, options);
}

/**
 * How the whole population's values of attribute `key` are distributed, in the rows a
 * composition has (the segment being everyone): for value pickers and histograms.
 */
export async function attributeDistribution(
  db: Database,
  key: string,
  context: AudienceContext,
  options: CompositionOptions = {},
): Promise<AudienceResult<Composition>> {
  return composition(db, null, key, context, options);
}

async function composition(
  db: Database,
  rule: SegmentRule | null,
  key: string,
  context: AudienceContext,
  options: CompositionOptions,
): Promise<AudienceResult<Composition>> {
  const checked = checkCompositionRequest(context.catalog, key, options);
  if (!checked.ok) return checked;
  const definition = checked.value;
  const topValues = options.topValues ?? DEFAULT_TOP_VALUES;
  const stats = await loadAttributeStats(db, context.workspaceId, definition, topValues);
  const plan = compositionPlan(definition, stats, options);
  const { joins, where } = rule
    ? compileRuleToSql(rule, context)
    : { joins: sql``, where: sql`true` };
  const rows = await db.rows<{ idx: number; population: number; segment: number }>(
    sql`select b.idx, count(*)::int as population, sum(case when b.member then 1 else 0 end)::int as segment
      from (select ${bucketIndexSql(plan, key)} as idx, ${where} as member
        from profiles p ${joins} where p.workspace_id = ${context.workspaceId}) b
      group by b.idx`,
  );
  const counts = rows.map((row) => ({
    index: row.idx,
    segment: row.segment,
    population: row.population,
  }));
  return { ok: true, value: compositionFromCounts(definition, plan, counts) };
}
