import { csvLine, type Database } from '@pinpoint/db';
import type { Channel } from '@pinpoint/domain';
import { sql } from 'drizzle-orm';
import type { ProfileRow } from './row-converter';

/** Which facts of a profile an import owns: it replaces these and keeps all others. */
export interface ImportScope {
  /** Attributes the mapping reads: their values are replaced, a missing value removes one. */
  attributeKeys: readonly string[];
  /** Channels the mapping reads: their contacts are replaced. */
  channels: readonly Channel[];
  /** The mapping reads the preferred channel. */
  preferredChannel: boolean;
}

const STAGE = 'pinpoint_import_stage';
const PROFILE_COLUMNS = ['id', 'workspace_id', 'external_id', 'attributes', 'preferred_channel'];

/**
 * Writes batches of imported profiles inside one transaction, by COPY. A batch none of whose
 * ids are stored yet (a first import) is copied straight into the tables. Otherwise it goes
 * into a temporary staging table and from there into `profiles` with one
 * `insert … on conflict` (an upsert by id, which is derived from the external id), so that a
 * re-import replaces rather than duplicates, and other facts of existing profiles (interests,
 * events, scores, attributes and channels the mapping does not name) are kept; the contacts
 * of the channels the mapping owns are deleted and copied again.
 */
export class ProfileUpsert {
  private staged = false;

  constructor(
    private readonly tx: Database,
    private readonly workspaceId: string,
    private readonly scope: ImportScope,
  ) {}

  /** Writes one batch (distinct ids); returns how many profiles were new. */
  async write(batch: readonly ProfileRow[]): Promise<number> {
    if (batch.length === 0) return 0;
    // In id order, each insert lands next to the one before in the primary key's pages.
    const rows = [...batch].sort(byId);
    const lines = this.profileLines(rows);
    if (await this.copiedAsNew(rows, lines)) return rows.length;
    await this.prepareStage();
    await this.tx.copyCsv(STAGE, PROFILE_COLUMNS, lines);
    const keys = sql.join(
      this.scope.attributeKeys.map((key) => sql`${key}`),
      sql`, `,
    );
    const preferred = this.scope.preferredChannel
      ? sql`excluded.preferred_channel`
      : sql`profiles.preferred_channel`;
    const [result] = await this.tx.rows<{ created: number }>(sql`
      with upserted as (
        insert into profiles (id, workspace_id, external_id, attributes, preferred_channel)
        select id, workspace_id, external_id, attributes, preferred_channel from ${sql.identifier(STAGE)}
        on conflict (id) do update set
          external_id = excluded.external_id,
          attributes = (profiles.attributes - array[${keys}]::text[]) || excluded.attributes,
          preferred_channel = ${preferred},
          updated_at = now()
        returning (xmax = 0) as created
      )
      select count(*) filter (where created)::int as created from upserted`);
    if (this.scope.channels.length > 0) {
      await this.deleteChannels(rows);
      await this.copyChannels(rows);
    }
    return result?.created ?? 0;
  }

  /**
   * A first import finds none of its ids stored: plain COPY, without staging, merging or
   * deleting. Rather than look the ids up first (a tenth of the import's time), the batch is
   * copied optimistically behind a savepoint; the first id already stored stops the COPY with
   * a unique violation, and the batch takes the merging path instead.
   */
  private async copiedAsNew(rows: readonly ProfileRow[], lines: string): Promise<boolean> {
    await this.tx.exec('savepoint pinpoint_import_batch');
    try {
      await this.tx.copyCsv('profiles', PROFILE_COLUMNS, lines);
    } catch (error) {
      if (!isDuplicateProfile(error)) throw error;
      await this.tx.exec('rollback to savepoint pinpoint_import_batch');
      return false;
    }
    await this.tx.exec('release savepoint pinpoint_import_batch');
    await this.copyChannels(rows);
    return true;
  }

  private profileLines(rows: readonly ProfileRow[]): string {
    return rows
      .map((row) =>
        csvLine([
          row.id,
          this.workspaceId,
          row.externalId,
          JSON.stringify(row.attributes),
          row.preferredChannel,
        ]),
      )
      .join('');
  }

  private async deleteChannels(rows: readonly ProfileRow[]): Promise<void> {
    const channels = sql.join(
      this.scope.channels.map((channel) => sql`${channel}`),
      sql`, `,
    );
    // By the profile ids themselves: a lookup per id in the primary key, which a database
    // sharded by profile id routes to the shards that hold them.
    await this.tx.rows(sql`
      delete from profile_channels
      where profile_id = any(${idArray(rows)}::uuid[]) and channel in (${channels})`);
  }

  private async copyChannels(rows: readonly ProfileRow[]): Promise<void> {
    const lines = rows.flatMap((row) =>
      row.channels.map((c) => csvLine([row.id, c.channel, c.address, c.consent, c.consentAt])),
    );
    if (lines.length > 0) {
      await this.tx.copyCsv(
        'profile_channels',
        ['profile_id', 'channel', 'address', 'consent', 'consent_at'],
        lines.join(''),
      );
    }
  }

  private async prepareStage(): Promise<void> {
    if (this.staged) {
      await this.tx.exec(`truncate ${STAGE}`);
      return;
    }
    // Temporary: private to the transaction's connection, gone at commit, never replicated or
    // sharded; the profiles it feeds are written by their primary key.
    await this.tx.exec(
      `create temporary table ${STAGE} (id uuid not null, workspace_id text not null, external_id text not null, attributes jsonb not null, preferred_channel text) on commit drop`,
    );
    this.staged = true;
  }
}

const byId = (a: ProfileRow, b: ProfileRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A unique violation of the profiles' primary key: the profile is stored already. */
function isDuplicateProfile(error: unknown): boolean {
  // The postgres driver names the constraint `constraint_name`, PGlite `constraint`.
  const fields = error as { code?: string; constraint_name?: string; constraint?: string };
  return (
    fields.code === '23505' && (fields.constraint_name ?? fields.constraint) === 'profiles_pkey'
  );
}

/** The batch's ids as one array literal: one parameter rather than thousands, cheap to send and parse. */
function idArray(rows: readonly ProfileRow[]): string {
  return `{${rows.map((row) => row.id).join(',')}}`;
}
