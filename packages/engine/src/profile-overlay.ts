import type { Catalog, Profile } from '@pinpoint/domain';
import { clearBit, hasBit } from './bitset';
import { readUuid, rowOfId, uuidBytes } from './profile-ids';
import type { AudienceShard } from './shard';
import type { LayoutTuning } from './layouts';
import { ShardBuilder } from './shard-builder';

/** A rough heap size of one held profile (attributes, ~7 interests, ~5 events, channels). */
const PROFILE_BYTES = 4096;

/**
 * The base shard and the profiles changed since it was built. An upserted or deleted
 * profile's base row is cleared from the base's validity mask (and from the per-value counts
 * compositions read); upserted profiles are kept and indexed as a small delta shard, rebuilt
 * on every change. That keeps writes cheap while the delta is small; a large delta is a sign
 * to rebuild the whole index from the database (the source of truth) in the background.
 */
export class ProfileOverlay {
  private readonly pending = new Map<string, Profile>();
  private delta: AudienceShard | null = null;
  private liveBase: number;

  constructor(
    private readonly catalog: Catalog,
    private readonly base: AudienceShard,
    private readonly tuning?: LayoutTuning,
  ) {
    this.liveBase = base.rows;
  }

  /** Live profiles. */
  size(): number {
    return this.liveBase + this.pending.size;
  }

  /** The shards to ask: the base, and the delta when there is one. */
  shards(): AudienceShard[] {
    return this.delta ? [this.base, this.delta] : [this.base];
  }

  /** Bytes of the profiles held for the delta (an estimate: they are JavaScript objects). */
  profileBytes(): number {
    return this.pending.size * PROFILE_BYTES;
  }

  /** Replaces or adds whole profiles. */
  upsert(profiles: readonly Profile[]): void {
    // Every id is checked before anything changes, so a bad one leaves the index as it was.
    const keys = profiles.map((profile) => normalisedId(profile.id));
    profiles.forEach((profile, i) => {
      this.invalidateBase(keys[i]!);
      this.pending.set(keys[i]!, profile);
    });
    this.rebuildDelta();
  }

  /** Removes profiles; returns how many were live. */
  delete(ids: readonly string[]): number {
    let deleted = 0;
    let changedDelta = false;
    for (const key of ids.map(normalisedId)) {
      if (this.pending.delete(key)) {
        deleted += 1;
        changedDelta = true;
      } else if (this.invalidateBase(key)) deleted += 1;
    }
    if (changedDelta) this.rebuildDelta();
    return deleted;
  }

  /** Clears a base row; true when it was valid. */
  private invalidateBase(key: string): boolean {
    const base = this.base;
    const row = rowOfId(base.columns.ids, base.rows, uuidBytes(key));
    if (row < 0 || !hasBit(base.valid, row)) return false;
    clearBit(base.valid, row);
    for (const column of base.columns.attributes.values()) column.counts[column.codeOf(row)]! -= 1;
    this.liveBase -= 1;
    return true;
  }

  private rebuildDelta(): void {
    if (this.pending.size === 0) {
      this.delta = null;
      return;
    }
    const builder = new ShardBuilder(this.catalog, this.pending.size, this.tuning);
    const keys = [...this.pending.keys()].sort();
    for (const key of keys) builder.add({ ...this.pending.get(key)!, id: key });
    this.delta = builder.finish();
  }
}

/** Lower-case hyphenated UUID text; throws for text that is not a UUID. */
function normalisedId(id: string): string {
  return readUuid(uuidBytes(id), 0);
}
