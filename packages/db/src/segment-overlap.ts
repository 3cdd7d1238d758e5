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
import { compileRuleToSql } from './rule-sql';

/**
 * Sizes, pairwise intersections and union of 1 to 20 (validated) rules' segments, with
 * one query: each rule contributes its members' ids with its bit, `bit_or` per profile
 * gives the membership mask, and counting profiles per mask is all the arithmetic needs
 * (`overlapFromMaskCounts`). Every branch and the grouping are keyed by the profile id, so
 * on a cluster sharded by it (Citus) each shard answers for its profiles and only the
 * small per-mask counts travel.
 */
export async function segmentOverlap(
  db: Database,
  rules: readonly SegmentRule[],
  context: AudienceContext,
): Promise<AudienceResult<SegmentOverlap>> {
  const checked = checkOverlapRules(rules);
  if (!checked.ok) return checked;
  const inWorkspace = sql`p.workspace_id = ${context.workspaceId}`;
  const everyone = sql`select p.id, 0 as bit from profiles p where ${inWorkspace}`;
  const members = rules.map((rule, i) => {
    const { joins, where } = compileRuleToSql(rule, context);
    return sql`select p.id, ${2 ** i}::int as bit from profiles p ${joins} where ${inWorkspace} and ${where}`;
  });
  const rows = await db.rows<{ mask: number; n: number }>(
    sql`select m.mask, count(*)::int as n
      from (select u.id, bit_or(u.bit) as mask
        from (${sql.join([everyone, ...members], sql` union all `)}) u group by u.id) m
      group by m.mask`,
  );
  const counts = rows.map((row) => ({ mask: row.mask, count: row.n }));
  return { ok: true, value: overlapFromMaskCounts(rules.length, counts) };
}
