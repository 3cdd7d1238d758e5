import { Profile, type Channel, type Consent } from '@pinpoint/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './client';

interface ProfileRow {
  id: string;
  external_id: string;
  attributes: Record<string, string | number | boolean>;
  preferred_channel: Channel | null;
}

/**
 * Reads whole profiles (attributes, interests, events, scores, channels) by id, in batches of
 * five queries however many ids are asked for. Unknown ids are absent from the result.
 */
export async function readProfiles(
  db: Database,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, Profile>> {
  const result = new Map<string, Profile>();
  for (let start = 0; start < ids.length; start += 1000) {
    const chunk = ids.slice(start, start + 1000);
    const idList = sql.join(
      chunk.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    await readInto(
      result,
      db,
      sql`p.workspace_id = ${workspaceId} and p.id in (${idList})`,
      sql`c.profile_id in (${idList})`,
    );
  }
  return result;
}

/** Reads every profile of a workspace: for small workspaces and tests, not for millions. */
export async function readWorkspaceProfiles(db: Database, workspaceId: string): Promise<Profile[]> {
  const result = new Map<string, Profile>();
  await readInto(result, db, sql`p.workspace_id = ${workspaceId}`, sql`true`);
  return [...result.values()];
}

/**
 * Streams a workspace's whole profiles in id order, `batchSize` at a time: for building an
 * in-memory index of millions without holding them all. Each batch is read by an id range
 * (keyset), so a batch costs the same however far into the table it is, and the next batch is
 * read while the caller works on this one, so the database and JavaScript work side by side.
 * Rows are trusted as stored (they were validated on the way in; the tables' keys and types
 * hold the rest), which saves a schema check per profile on a read of millions.
 */
export async function* streamProfiles(
  db: Database,
  workspaceId: string,
  options: { batchSize?: number } = {},
): AsyncGenerator<Profile[]> {
  const batchSize = options.batchSize ?? 5000;
  let next = readBatch(db, workspaceId, null, batchSize);
  try {
    for (;;) {
      const batch = await next;
      if (!batch) return;
      next =
        batch.profiles.length === batchSize
          ? readBatch(db, workspaceId, batch.last, batchSize)
          : Promise.resolve(null);
      yield batch.profiles;
    }
  } finally {
    // A caller that stops early leaves a read in flight; its failure is nobody's to handle.
    next.catch(() => undefined);
  }
}

/** The `batchSize` profiles after id `after` (from the start when null), or null at the end. */
async function readBatch(
  db: Database,
  workspaceId: string,
  after: string | null,
  batchSize: number,
): Promise<{ profiles: Profile[]; last: string } | null> {
  const from: SQL = after ? sql`and id > ${after}::uuid` : sql``;
  const ids = await db.rows<{ id: string }>(
    sql`select id from profiles where workspace_id = ${workspaceId} ${from} order by id limit ${batchSize}`,
  );
  const first = ids[0]?.id;
  const last = ids.at(-1)?.id;
  if (!first || !last) return null;
  const result = new Map<string, Profile>();
  await readInto(
    result,
    db,
    sql`p.workspace_id = ${workspaceId} and p.id between ${first}::uuid and ${last}::uuid`,
    sql`c.profile_id between ${first}::uuid and ${last}::uuid`,
    { trusted: true },
  );
  const profiles = [...result.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { profiles, last };
}

/**
 * Reads the profiles `filter` selects (over `profiles p`) with their child rows. `childFilter`
 * narrows the child tables (`c`) by the same ids on their own key, so each is a range scan of
 * its primary key rather than a join that reads the whole table to find a few thousand rows.
 */
async function readInto(
  result: Map<string, Profile>,
  db: Database,
  filter: SQL,
  childFilter: SQL,
  options: { trusted?: boolean } = {},
): Promise<void> {
  const [rows, interests, events, scores, channels] = await Promise.all([
    db.rows<ProfileRow>(
      sql`select p.id, p.external_id, p.attributes, p.preferred_channel from profiles p where ${filter} order by p.id`,
    ),
    db.rows<{ profile_id: string; topic: string; affinity: number }>(
      sql`select c.profile_id, c.topic, c.affinity from profile_interests c join profiles p on p.id = c.profile_id where ${childFilter} and ${filter} order by c.topic`,
    ),
    db.rows<{
      profile_id: string;
      type: string;
      occurred_at: Date;
      properties: Record<string, unknown>;
    }>(
      sql`select c.profile_id, c.type, c.occurred_at, c.properties from profile_events c join profiles p on p.id = c.profile_id where ${childFilter} and ${filter} order by c.occurred_at, c.id`,
    ),
    db.rows<{ profile_id: string; model: string; value: number }>(
      sql`select c.profile_id, c.model, c.value from profile_scores c join profiles p on p.id = c.profile_id where ${childFilter} and ${filter} order by c.model`,
    ),
    db.rows<{
      profile_id: string;
      channel: Channel;
      address: string | null;
      consent: Consent;
      consent_at: Date | null;
    }>(
      sql`select c.profile_id, c.channel, c.address, c.consent, c.consent_at from profile_channels c join profiles p on p.id = c.profile_id where ${childFilter} and ${filter} order by c.channel`,
    ),
  ]);
  const draft = new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        externalId: row.external_id,
        attributes: row.attributes,
        preferredChannel: row.preferred_channel,
        interests: [] as Profile['interests'],
        events: [] as Profile['events'],
        scores: [] as Profile['scores'],
        channels: [] as Profile['channels'],
      },
    ]),
  );
  for (const r of interests)
    draft.get(r.profile_id)?.interests.push({ topic: r.topic, affinity: r.affinity });
  for (const r of events) {
    draft.get(r.profile_id)?.events.push({
      type: r.type,
      occurredAt: new Date(r.occurred_at),
      properties: r.properties as Profile['events'][number]['properties'],
    });
  }
  for (const r of scores) draft.get(r.profile_id)?.scores.push({ model: r.model, value: r.value });
  for (const r of channels) {
    draft.get(r.profile_id)?.channels.push({
      channel: r.channel,
      address: r.address,
      consent: r.consent,
      consentAt: r.consent_at === null ? null : new Date(r.consent_at),
    });
  }
  for (const [id, profile] of draft)
    result.set(id, options.trusted ? profile : Profile.parse(profile));
}
