import { sql, type SQL } from 'drizzle-orm';
import {
  AuditEntryInput,
  AuditQuery,
  parseAuditInput,
  type AuditEntry,
  type AuditFilter,
} from './audit-entry';
import type { Database } from './client';

// `id` is read as text, so that ordering must name the table's column, not this alias.
const ENTRY_COLUMNS = sql.raw(
  `id::text as id, workspace_id as "workspaceId", at, actor_kind as "actorKind",
   actor_id as "actorId", operation, query, released, epsilon_spent as "epsilonSpent",
   tier, subject`,
);

const jsonb = (value: unknown) =>
  sql`${value === null ? null : JSON.stringify(value)}::text::jsonb`;

/**
 * Records what a request did: one entry per operation that reads about people or changes what
 * is kept about them. Validates the entry first (an `AuditInputError` names each bad field as
 * `entry.<field>`); the database stamps the id and the time. Run it in the same transaction as
 * the operation when the two must stand or fall together.
 */
export async function appendAudit(
  db: Database,
  workspaceId: string,
  entry: unknown,
): Promise<AuditEntry> {
  const e = parseAuditInput(AuditEntryInput, entry, 'entry');
  const [row] = await db.rows<AuditEntry>(sql`
    insert into audit_log
      (workspace_id, actor_kind, actor_id, operation, query, released, epsilon_spent, tier, subject)
    values (${workspaceId}, ${e.actorKind}, ${e.actorId}, ${e.operation}, ${jsonb(e.query)},
      ${jsonb(e.released)}, ${e.epsilonSpent}, ${e.tier}, ${e.subject})
    returning ${ENTRY_COLUMNS}`);
  if (!row) throw new Error('the audit entry was not stored');
  return row;
}

/** A page of audit entries and the cursor of the next page (null on the last). */
export interface AuditPage {
  entries: AuditEntry[];
  next: string | null;
}

/**
 * Reads a workspace's audit entries, newest first, a page at a time: pass a page's `next` as
 * `after` to read on. Pages are cut by id (keyset), so each costs the same however deep it
 * is, and entries appended meanwhile never shift a page. Invalid input throws an
 * `AuditInputError` naming `query.<field>`.
 */
export async function queryAudit(
  db: Database,
  workspaceId: string,
  query: unknown,
): Promise<AuditPage> {
  const q = parseAuditInput(AuditQuery, query, 'query');
  const rows = await readAuditPage(db, workspaceId, q, {
    order: 'desc',
    after: q.after,
    limit: q.limit + 1,
  });
  const entries = rows.slice(0, q.limit);
  const last = entries.at(-1);
  return { entries, next: rows.length > q.limit && last ? last.id : null };
}

/** How to cut one page: ids strictly past `after` in `order`, and none past `upTo`. */
export interface AuditPageCut {
  order: 'asc' | 'desc';
  limit: number;
  after?: string | undefined;
  upTo?: string | undefined;
}

/** One keyset page of entries matching a validated filter. */
export async function readAuditPage(
  db: Database,
  workspaceId: string,
  filter: AuditFilter,
  cut: AuditPageCut,
): Promise<AuditEntry[]> {
  const conditions: SQL[] = [sql`workspace_id = ${workspaceId}`, ...filterConditions(filter)];
  if (cut.after !== undefined) {
    conditions.push(
      cut.order === 'asc' ? sql`id > ${cut.after}::bigint` : sql`id < ${cut.after}::bigint`,
    );
  }
  if (cut.upTo !== undefined) conditions.push(sql`id <= ${cut.upTo}::bigint`);
  return db.rows<AuditEntry>(sql`
    select ${ENTRY_COLUMNS} from audit_log
    where ${sql.join(conditions, sql` and `)}
    order by audit_log.id ${sql.raw(cut.order)}
    limit ${cut.limit}`);
}

/** The newest entry id of a workspace now, or null when it has none. */
export async function latestAuditId(db: Database, workspaceId: string): Promise<string | null> {
  const [row] = await db.rows<{ id: string | null }>(
    sql`select max(id)::text as id from audit_log where workspace_id = ${workspaceId}`,
  );
  return row?.id ?? null;
}

function filterConditions(filter: AuditFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.from) conditions.push(sql`at >= ${filter.from}`);
  if (filter.to) conditions.push(sql`at < ${filter.to}`);
  if (filter.operation) conditions.push(sql`operation = ${filter.operation}`);
  if (filter.actorId) conditions.push(sql`actor_id = ${filter.actorId}`);
  return conditions;
}
