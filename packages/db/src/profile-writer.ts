import type { Profile } from '@pinpoint/domain';
import { sql } from 'drizzle-orm';
import type { Database } from './client';
import { bumpDataVersion, recordProfileChanges } from './profile-changes';
import { csvLine } from './csv';

/** Columns each profile table is loaded with, in COPY order. */
const COLUMNS = {
  profiles: ['id', 'workspace_id', 'external_id', 'attributes', 'preferred_channel'],
  profile_interests: ['profile_id', 'topic', 'affinity'],
  profile_events: ['profile_id', 'type', 'occurred_at', 'properties'],
  profile_scores: ['profile_id', 'model', 'value'],
  profile_channels: ['profile_id', 'channel', 'address', 'consent', 'consent_at'],
} as const;

type Table = keyof typeof COLUMNS;

/** Rows of a batch of profiles as CSV text per table. */
function toCsv(workspaceId: string, batch: readonly Profile[]): Record<Table, string> {
  const out: Record<Table, string[]> = {
    profiles: [],
    profile_interests: [],
    profile_events: [],
    profile_scores: [],
    profile_channels: [],
  };
  for (const p of batch) {
    out.profiles.push(
      csvLine([p.id, workspaceId, p.externalId, JSON.stringify(p.attributes), p.preferredChannel]),
    );
    for (const i of p.interests) out.profile_interests.push(csvLine([p.id, i.topic, i.affinity]));
    for (const e of p.events) {
      out.profile_events.push(csvLine([p.id, e.type, e.occurredAt, JSON.stringify(e.properties)]));
    }
    for (const s of p.scores) out.profile_scores.push(csvLine([p.id, s.model, s.value]));
    for (const c of p.channels) {
      out.profile_channels.push(csvLine([p.id, c.channel, c.address, c.consent, c.consentAt]));
    }
  }
  return Object.fromEntries(
    Object.entries(out).map(([table, lines]) => [table, lines.join('')]),
  ) as Record<Table, string>;
}

/** Loads a batch of new profiles (ids not yet stored) with one COPY per table. */
async function copyBatch(
  db: Database,
  workspaceId: string,
  batch: readonly Profile[],
): Promise<void> {
  const csv = toCsv(workspaceId, batch);
  for (const table of Object.keys(COLUMNS) as Table[]) {
    if (csv[table] !== '') await db.copyCsv(table, COLUMNS[table], csv[table]);
  }
}

/**
 * Streams profiles into the database in batches, holding one batch in memory at a time.
 * For bulk loads of new profiles (seeding, first imports); use `upsertProfiles` when some
 * may exist already. Returns the number written.
 */
export async function copyProfiles(
  db: Database,
  workspaceId: string,
  profiles: Iterable<Profile>,
  options: { batchSize?: number; onBatch?: (written: number) => void } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 10_000;
  let batch: Profile[] = [];
  let written = 0;
  // One batch is being copied while the next is generated: the database parses rows while
  // JavaScript makes them, so the two use both cores instead of taking turns.
  let copying: Promise<void> = Promise.resolve();
  const flush = async () => {
    const full = batch;
    batch = [];
    await copying;
    copying = copyBatch(db, workspaceId, full).then(() => {
      written += full.length;
      options.onBatch?.(written);
    });
    // Marks a failure as handled while the next batch is generated; `await copying` rethrows it.
    copying.catch(() => undefined);
  };
  for (const profile of profiles) {
    batch.push(profile);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  await copying;
  // Bulk loads are not listed in the change log profile by profile; readers rebuild.
  await bumpDataVersion(db, workspaceId);
  // Fresh statistics: without them the planner guesses a few rows per table and picks nested
  // loops that turn a one-second overlap into minutes.
  await db.exec(`analyze ${Object.keys(COLUMNS).join(', ')}`);
  return written;
}

/**
 * Inserts or replaces profiles, whole: the stored facts of each become exactly the given
 * ones. Atomic: all profiles are written or none.
 */
export async function upsertProfiles(
  db: Database,
  workspaceId: string,
  profiles: readonly Profile[],
): Promise<void> {
  if (profiles.length === 0) return;
  await db.transaction(async (tx) => {
    const ids = profiles.map((p) => p.id);
    await removeProfiles(tx, workspaceId, ids);
    await copyBatch(tx, workspaceId, profiles);
    await recordProfileChanges(tx, workspaceId, ids);
  });
}

/** Deletes profiles and all their facts, and logs the change; returns how many existed. */
export async function deleteProfiles(
  db: Database,
  workspaceId: string,
  ids: readonly string[],
): Promise<number> {
  return db.transaction(async (tx) => {
    const deleted = await removeProfiles(tx, workspaceId, ids);
    await recordProfileChanges(tx, workspaceId, ids);
    return deleted;
  });
}

async function removeProfiles(
  db: Database,
  workspaceId: string,
  ids: readonly string[],
): Promise<number> {
  let deleted = 0;
  for (let start = 0; start < ids.length; start += 1000) {
    const chunk = ids.slice(start, start + 1000).map((id) => sql`${id}::uuid`);
    const rows = await db.rows<{ id: string }>(
      sql`delete from profiles where workspace_id = ${workspaceId} and id in (${sql.join(chunk, sql`, `)}) returning id`,
    );
    deleted += rows.length;
  }
  return deleted;
}
