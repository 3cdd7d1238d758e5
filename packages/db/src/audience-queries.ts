import {
  indexCatalog,
  type CatalogIndex,
  type SegmentLookup,
  type SegmentRule,
} from '@pinpoint/domain';
import { sql } from 'drizzle-orm';
import { loadCatalog } from './catalog-repository';
import type { Database } from './client';
import { compileRuleToSql } from './rule-sql';
import { segmentLookup } from './segment-repository';

/** Everything an audience question is asked against: workspace, catalog, saved segments, time. */
export interface AudienceContext {
  workspaceId: string;
  catalog: CatalogIndex;
  segments: SegmentLookup;
  asOf: Date;
}

/** Loads the catalog and segments of a workspace for audience questions at `asOf`. */
export async function loadAudienceContext(
  db: Database,
  workspaceId: string,
  asOf: Date,
): Promise<AudienceContext> {
  const [catalog, segments] = await Promise.all([
    loadCatalog(db, workspaceId),
    segmentLookup(db, workspaceId),
  ]);
  return { workspaceId, catalog: indexCatalog(catalog), segments, asOf };
}

/** The exact number of profiles a (validated) rule selects. */
export async function countSegment(
  db: Database,
  rule: SegmentRule,
  context: AudienceContext,
): Promise<number> {
  const { joins, where } = compileRuleToSql(rule, context);
  const [row] = await db.rows<{ n: number }>(
    sql`select count(*)::int as n from profiles p ${joins} where p.workspace_id = ${context.workspaceId} and ${where}`,
  );
  return row?.n ?? 0;
}

/** A page of member ids in id order, and the cursor of the next page (null on the last). */
export interface MemberPage {
  ids: string[];
  nextCursor: string | null;
}

/**
 * Members of a rule's segment (every profile when `rule` is null), `limit` at a time, in a stable order (by id), resuming after
 * `cursor` (the last id of the previous page): pages stay consistent while profiles change.
 */
export async function segmentMembers(
  db: Database,
  rule: SegmentRule | null,
  context: AudienceContext,
  page: { limit: number; cursor?: string | null },
): Promise<MemberPage> {
  // No rule: every profile of the workspace.
  const { joins, where } = rule
    ? compileRuleToSql(rule, context)
    : { joins: sql``, where: sql`true` };
  const after = page.cursor ? sql`and p.id > ${page.cursor}::uuid` : sql``;
  const rows = await db.rows<{ id: string }>(
    sql`select p.id from profiles p ${joins} where p.workspace_id = ${context.workspaceId} ${after} and ${where} order by p.id limit ${page.limit + 1}`,
  );
  const ids = rows.slice(0, page.limit).map((row) => row.id);
  return { ids, nextCursor: rows.length > page.limit ? (ids.at(-1) ?? null) : null };
}
