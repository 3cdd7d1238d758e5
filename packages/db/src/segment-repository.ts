import {
  indexCatalog,
  referencedSegmentIds,
  Segment,
  validateRule,
  type Issue,
  type SegmentDefinition,
  type SegmentLookup,
  type SegmentRule,
} from '@pinpoint/domain';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { listCampaigns } from './campaign-repository';
import { loadCatalog } from './catalog-repository';
import type { Database } from './client';

/** A write that succeeded with its value, or failed with issues a user can act on. */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** What a user submits to create or change a segment; the rule is untrusted input. */
export interface SegmentInput {
  name: string;
  description?: string;
  rule: unknown;
}

interface SegmentRow {
  id: string;
  name: string;
  description: string;
  rule: SegmentRule;
}

const toSegment = (row: SegmentRow): Segment => ({
  id: row.id,
  name: row.name,
  description: row.description,
  rule: row.rule,
});

/** Lists a workspace's segments by name. */
export async function listSegments(db: Database, workspaceId: string): Promise<Segment[]> {
  const rows = await db.rows<SegmentRow>(
    sql`select id, name, description, rule from segments where workspace_id = ${workspaceId} order by name, id`,
  );
  return rows.map(toSegment);
}

/** Reads segments by id in one query; unknown ids are absent from the result. */
export async function getSegments(
  db: Database,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, Segment>> {
  if (ids.length === 0) return new Map();
  const rows = await db.rows<SegmentRow>(
    sql`select id, name, description, rule from segments where workspace_id = ${workspaceId} and id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((row) => [row.id, toSegment(row)]));
}

/** All of a workspace's segments as a lookup for evaluating and validating references. */
export async function segmentLookup(db: Database, workspaceId: string): Promise<SegmentLookup> {
  const all = new Map<string, SegmentDefinition>(
    (await listSegments(db, workspaceId)).map((s) => [s.id, s]),
  );
  return (id) => all.get(id);
}

/** Validates and stores a new segment. */
export async function createSegment(
  db: Database,
  workspaceId: string,
  input: SegmentInput,
  id: string = randomUUID(),
): Promise<WriteResult<Segment>> {
  return db.transaction(async (tx) => {
    const existing = await getSegments(tx, workspaceId, [id]);
    if (existing.has(id)) {
      return {
        ok: false,
        issues: [{ path: 'id', code: 'duplicate', message: `a segment with id "${id}" exists` }],
      };
    }
    const checked = await checkSegment(tx, workspaceId, input, id);
    if (!checked.ok) return checked;
    const s = checked.value;
    await tx.rows(sql`insert into segments (id, workspace_id, name, description, rule)
      values (${s.id}, ${workspaceId}, ${s.name}, ${s.description}, ${JSON.stringify(s.rule)}::text::jsonb)`);
    return checked;
  });
}

/** Validates and replaces a segment's name, description and rule. */
export async function updateSegment(
  db: Database,
  workspaceId: string,
  id: string,
  input: SegmentInput,
): Promise<WriteResult<Segment>> {
  return db.transaction(async (tx) => {
    const checked = await checkSegment(tx, workspaceId, input, id);
    if (!checked.ok) return checked;
    const s = checked.value;
    const rows =
      await tx.rows(sql`update segments set name = ${s.name}, description = ${s.description},
      rule = ${JSON.stringify(s.rule)}::text::jsonb, updated_at = now() where workspace_id = ${workspaceId} and id = ${id} returning id`);
    return rows.length === 1 ? checked : notFound(id);
  });
}

/** Deletes a segment unless another segment or a campaign uses it. */
export async function deleteSegment(
  db: Database,
  workspaceId: string,
  id: string,
): Promise<WriteResult<{ id: string }>> {
  return db.transaction(async (tx) => {
    const users = (await listSegments(tx, workspaceId)).filter(
      (s) => s.id !== id && referencedSegmentIds(s.rule).includes(id),
    );
    const campaigns = (await listCampaigns(tx, workspaceId)).filter(
      (c) =>
        c.includeSegmentIds.includes(id) ||
        c.excludeSegmentIds.includes(id) ||
        c.variants.some((v) => v.segmentId === id),
    );
    if (users.length > 0 || campaigns.length > 0) {
      const names = [
        ...users.map((s) => `segment "${s.name}"`),
        ...campaigns.map((c) => `campaign "${c.name}"`),
      ].join(', ');
      return {
        ok: false,
        issues: [
          {
            path: 'id',
            code: 'in_use',
            message: `segment is used by ${names}; change those first`,
          },
        ],
      };
    }
    const rows = await tx.rows(
      sql`delete from segments where workspace_id = ${workspaceId} and id = ${id} returning id`,
    );
    return rows.length === 1 ? { ok: true, value: { id } } : notFound(id);
  });
}

function notFound(id: string): { ok: false; issues: Issue[] } {
  return {
    ok: false,
    issues: [{ path: 'id', code: 'not_found', message: `no segment with id "${id}"` }],
  };
}

async function checkSegment(
  db: Database,
  workspaceId: string,
  input: SegmentInput,
  id: string,
): Promise<WriteResult<Segment>> {
  const catalog = indexCatalog(await loadCatalog(db, workspaceId));
  const segments = await segmentLookup(db, workspaceId);
  const rule = validateRule(input.rule, { catalog, segments, selfId: id });
  const shape = Segment.safeParse({
    id,
    name: input.name,
    description: input.description ?? '',
    rule: input.rule,
  });
  const issues: Issue[] = rule.ok ? [] : [...rule.issues];
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      if (issue.path[0] !== 'rule')
        issues.push({ path: issue.path.join('.'), code: 'invalid_shape', message: issue.message });
    }
  }
  return issues.length === 0 && shape.success
    ? { ok: true, value: shape.data }
    : { ok: false, issues };
}
