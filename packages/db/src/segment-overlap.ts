import {
  checkOverlapRules,
  overlapFromMaskCounts,
  type AudienceResult,
  type SegmentOverlap,
  type SegmentRule,
} from '@pinpoint/domain';
import { sql } from 'drizzle-orm';
import type { AudienceContext } from './audience-queries';
import type { Database } from './client';
import { compileRulesToSql } from './rule-sql';

/**
 * Sizes, pairwise intersections and union of 1 to 20 (validated) rules' segments, in one scan
 * of the profiles: the rules are compiled over shared joins, each true predicate sets its bit
 * of a membership mask, and counting profiles per mask is all the arithmetic needs
 * (`overlapFromMaskCounts`). Every join and the grouping are keyed by the profile id, so on a
 * cluster sharded by it (Citus) each shard answers for its profiles and only the small
 * per-mask counts travel.
 */
export async function segmentOverlap(
  db: Database,
  rules: readonly SegmentRule[],
  context: AudienceContext,
): Promise<AudienceResult<SegmentOverlap>> {
  const checked = checkOverlapRules(rules);
  if (!checked.ok) return checked;
  const { joins, wheres } = compileRulesToSql(rules, context);
  const bits = wheres.map((where, i) => sql`(case when ${where} then ${2 ** i}::int else 0 end)`);
  const rows = await db.rows<{ mask: number; n: number }>(
    sql`select m.mask, count(*)::int as n
      from (select ${sql.join(bits, sql` | `)} as mask
        from profiles p ${joins} where p.workspace_id = ${context.workspaceId}) m
      group by m.mask`,
  );
  const counts = rows.map((row) => ({ mask: row.mask, count: row.n }));
  return { ok: true, value: overlapFromMaskCounts(rules.length, counts) };
}
