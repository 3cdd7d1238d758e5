import {
  currentChangePosition,
  loadCatalog,
  profileChangesSince,
  readProfiles,
  streamProfiles,
  type ChangePosition,
  type Database,
} from '@pinpoint/db';
import { AudienceIndexBuilder, type AudienceIndex } from '@pinpoint/engine';
import type { Logger } from 'pino';
import type { AudienceBackend } from './audience-backend';
import { indexBackend } from './index-backend';

/** How the index is kept. */
export interface IndexHolderOptions {
  /** How often the change log is read; changes are visible after at most this long. */
  syncIntervalMs: number;
  /** An index not synced for longer than this is stale: questions go to SQL instead. */
  maxLagMs: number;
  memoryBudgetBytes: number;
}

/** What the index is doing, for readiness and status fields. */
export type IndexState = 'building' | 'ready' | 'failed' | 'stopped';

/**
 * Keeps a workspace's audience index in memory and fresh: built by streaming the profiles,
 * then brought up to date from the profile change log every `syncIntervalMs` (by any process
 * writing through Pinpoint); a bulk load or a catalog change rebuilds it. `backend()` hands
 * out the index only while it is fresh, so a stale index never answers.
 */
export class AudienceIndexHolder {
  private index: AudienceIndex | null = null;
  private position: ChangePosition = { seq: 0, dataVersion: 0 };
  private catalogJson = '';
  private lastSyncAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private syncing: Promise<void> | null = null;
  state: IndexState = 'building';
  error: string | null = null;

  constructor(
    private readonly db: Database,
    private readonly workspaceId: string,
    private readonly log: Logger,
    private readonly options: IndexHolderOptions,
  ) {}

  /** Builds the index in the background and starts syncing; questions use SQL meanwhile. */
  start(): void {
    this.syncing = this.rebuild().then(() => this.schedule());
  }

  /** Waits for the current build or sync (tests, shutdown). */
  async settled(): Promise<void> {
    await this.syncing;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.state = 'stopped';
  }

  /** The index as a backend while it is fresh; null means ask SQL. */
  backend(now = Date.now()): AudienceBackend | null {
    if (this.state !== 'ready' || !this.index) return null;
    return now - this.lastSyncAt <= this.options.maxLagMs
      ? indexBackend(this.index, this.position)
      : null;
  }

  /** Applies pending changes now instead of at the next tick (after a write in this process). */
  async syncNow(): Promise<void> {
    await this.syncing;
    this.syncing = this.sync();
    await this.syncing;
  }

  /** Profiles, version and memory of the index, or null while there is none. */
  describe() {
    if (!this.index) return null;
    const memory = this.index.memory();
    return {
      version: this.index.version,
      profiles: this.index.size(),
      bytes: memory.totalBytes,
      bytesPerProfile: memory.bytesPerProfile,
      lastSyncAt: new Date(this.lastSyncAt),
    };
  }

  private schedule(): void {
    if (this.state === 'stopped') return;
    this.timer = setTimeout(() => {
      this.syncing = this.sync().finally(() => this.schedule());
    }, this.options.syncIntervalMs);
    this.timer.unref();
  }

  private async rebuild(): Promise<void> {
    const started = performance.now();
    this.index = null;
    this.state = 'building';
    try {
      // The position is read first: changes made while streaming are replayed afterwards.
      const position = await currentChangePosition(this.db, this.workspaceId);
      const catalog = await loadCatalog(this.db, this.workspaceId);
      const builder = new AudienceIndexBuilder(catalog, {
        memoryBudgetBytes: this.options.memoryBudgetBytes,
      });
      for await (const batch of streamProfiles(this.db, this.workspaceId)) {
        for (const profile of batch) builder.add(profile);
      }
      this.index = builder.build();
      this.position = position;
      this.catalogJson = JSON.stringify(catalog);
      await this.applyChanges();
      this.state = 'ready';
      this.error = null;
      this.log.info(
        { ...this.describe(), ms: Math.round(performance.now() - started) },
        'audience index built',
      );
    } catch (error) {
      this.state = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
      this.log.error({ err: error }, 'audience index not built; questions use SQL');
    }
  }

  private async sync(): Promise<void> {
    if (this.state === 'failed' || this.state === 'stopped') return;
    try {
      const catalog = JSON.stringify(await loadCatalog(this.db, this.workspaceId));
      if (catalog !== this.catalogJson) return await this.rebuild();
      await this.applyChanges();
    } catch (error) {
      // The index keeps its last state; it goes stale, and questions fall back to SQL.
      this.log.warn({ err: error }, 'audience index sync failed');
    }
  }

  /** Replays the change log onto the index; a bulk load since the build means rebuilding. */
  private async applyChanges(): Promise<void> {
    for (;;) {
      const changes = await profileChangesSince(this.db, this.workspaceId, this.position);
      if (changes.reload) return await this.rebuild();
      if (changes.profileIds.length > 0 && this.index) {
        const current = await readProfiles(this.db, this.workspaceId, changes.profileIds);
        const gone = changes.profileIds.filter((id) => !current.has(id));
        if (current.size > 0) this.index.upsert([...current.values()]);
        if (gone.length > 0) this.index.delete(gone);
      }
      this.position = changes.position;
      this.lastSyncAt = Date.now();
      if (changes.profileIds.length === 0) return;
    }
  }
}
