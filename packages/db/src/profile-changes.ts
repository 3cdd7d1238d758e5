import { sql } from 'drizzle-orm';
import type { Database } from './client';

/** Appends changed profile ids to the change log (inside the caller's transaction). */
export async function recordProfileChanges(
  db: Database,
  workspaceId: string,
  profileIds: readonly string[],
): Promise<void> {
  for (let start = 0; start < profileIds.length; start += 1000) {
    const rows = profileIds
      .slice(start, start + 1000)
      .map((id) => sql`(${workspaceId}, ${id}::uuid)`);
    await db.rows(
      sql`insert into profile_changes (workspace_id, profile_id) values ${sql.join(rows, sql`, `)}`,
    );
  }
}

/** Marks a bulk load: readers holding a copy of the workspace's profiles must reload it. */
export async function bumpDataVersion(db: Database, workspaceId: string): Promise<void> {
  await db.rows(
    sql`update workspaces set data_version = data_version + 1 where id = ${workspaceId}`,
  );
}

/** Where a reader of the change log stands. */
export interface ChangePosition {
  /** Last change-log sequence number seen (0 before any). */
  seq: number;
  /** The workspace's bulk-load version when read. */
  dataVersion: number;
}

/** The latest position of a workspace's change log: where a fresh full read starts from. */
export async function currentChangePosition(
  db: Database,
  workspaceId: string,
): Promise<ChangePosition> {
  const [row] = await db.rows<{ seq: string | number | null; data_version: string | number }>(
    sql`select (select max(seq) from profile_changes where workspace_id = ${workspaceId}) as seq,
      coalesce((select data_version from workspaces where id = ${workspaceId}), 0) as data_version`,
  );
  return { seq: Number(row?.seq ?? 0), dataVersion: Number(row?.data_version ?? 0) };
}

/**
 * Profiles changed after `since.seq`, oldest first, at most `limit`; `reload` is true when a
 * bulk load happened since `since.dataVersion`, and the reader must start over.
 */
export async function profileChangesSince(
  db: Database,
  workspaceId: string,
  since: ChangePosition,
  limit = 10_000,
): Promise<{ profileIds: string[]; position: ChangePosition; reload: boolean }> {
  const current = await currentChangePosition(db, workspaceId);
  if (current.dataVersion !== since.dataVersion)
    return { profileIds: [], position: current, reload: true };
  const rows = await db.rows<{ seq: string | number; profile_id: string }>(
    sql`select seq, profile_id from profile_changes where workspace_id = ${workspaceId} and seq > ${since.seq}::bigint order by seq limit ${limit}`,
  );
  const last = rows.at(-1);
  return {
    profileIds: [...new Set(rows.map((r) => r.profile_id))],
    position: { seq: last ? Number(last.seq) : since.seq, dataVersion: since.dataVersion },
    reload: false,
  };
}
