import { loadCatalog, readWorkspaceProfiles, type Database } from '@pinpoint/db';
import type { Profile } from '@pinpoint/domain';
import { sql } from 'drizzle-orm';

/** A workspace's profiles by external id. */
export async function profilesByExternalId(
  db: Database,
  workspaceId: string,
): Promise<Map<string, Profile>> {
  const profiles = await readWorkspaceProfiles(db, workspaceId);
  return new Map(profiles.map((profile) => [profile.externalId, profile]));
}

/**
 * Everything an import writes to a workspace (profiles, channel contacts, catalog), reduced to
 * one string, so that two databases can be compared without reading millions of rows into JS.
 */
export async function workspaceFingerprint(db: Database, workspaceId: string): Promise<string> {
  const [profiles] = await db.rows<{ n: number; digest: string | null }>(sql`
    select count(*)::int as n, md5(string_agg(id::text || '|' || external_id || '|' || attributes::text || '|' || coalesce(preferred_channel, '-'), ',' order by id)) as digest
    from profiles where workspace_id = ${workspaceId}`);
  const [channels] = await db.rows<{ n: number; digest: string | null }>(sql`
    select count(*)::int as n, md5(string_agg(c.profile_id::text || c.channel || coalesce(c.address, '-') || c.consent || coalesce(to_char(c.consent_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'), '-'), ',' order by c.profile_id, c.channel)) as digest
    from profile_channels c join profiles p on p.id = c.profile_id where p.workspace_id = ${workspaceId}`);
  const catalog = await loadCatalog(db, workspaceId);
  return JSON.stringify({ profiles, channels, attributes: catalog.attributes });
}

/** Number of profiles in a workspace. */
export async function profileCount(db: Database, workspaceId: string): Promise<number> {
  const [row] = await db.rows<{ n: number }>(
    sql`select count(*)::int as n from profiles where workspace_id = ${workspaceId}`,
  );
  return row?.n ?? 0;
}
