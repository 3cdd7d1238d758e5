import type { Channel } from '@pinpoint/domain';
import { type Bitset, fullBitset, wordsFor } from './bitset';
import { BitsetPool } from './bitset-pool';
import type { ChannelBitsets } from './channel-columns';
import type { EventLog } from './event-log';
import { NodeCache } from './node-cache';
import { RecencyIndex } from './recency-index';
import type { ValueColumn } from './value-column';

/** Cached rule nodes per shard. */
const CACHE_ENTRIES = 32;
/** Recency indexes for k ≥ 2 kept per shard. */
const LAZY_RECENCY_ENTRIES = 4;

/** The columns of a shard, all indexed by row (rows in ascending id order). */
export interface ShardColumns {
  rows: number;
  /** 16 bytes per row. */
  ids: Uint8Array;
  attributes: Map<string, ValueColumn>;
  interests: Map<string, ValueColumn>;
  scores: Map<string, ValueColumn>;
  events: Map<string, EventLog>;
  /** Per event type: who had one after a given time, for "at least one" and "none". */
  recency: Map<string, RecencyIndex>;
  channels: Map<Channel, ChannelBitsets>;
  preferredChannel: ValueColumn;
}

/**
 * A set of profiles indexed column by column: rows `0..rows-1` in id order. Its columns are
 * immutable; `valid` says which rows still answer questions (a deleted or replaced profile
 * is cleared there). The index is one large base shard plus a small delta shard of recent
 * changes, and a deployment could run many shards across processes: their counts add.
 */
export class AudienceShard {
  readonly valid: Bitset;
  readonly words: number;
  readonly pool: BitsetPool;
  readonly cache = new NodeCache(CACHE_ENTRIES);
  private eventCounts: Uint8Array | null = null;
  private readonly lazyRecency = new Map<string, RecencyIndex>();

  constructor(readonly columns: ShardColumns) {
    this.words = wordsFor(columns.rows);
    this.valid = fullBitset(columns.rows);
    this.pool = new BitsetPool(this.words);
  }

  /** Rows, valid or not. */
  get rows(): number {
    return this.columns.rows;
  }

  /**
   * The k-th-latest recency index of an event type: k = 1 is built with the shard (the common
   * "at least one" and "none"); larger k are built on first use, from the log in one pass,
   * and only a few are kept.
   */
  recency(type: string, k: number): RecencyIndex {
    if (k === 1) return this.columns.recency.get(type)!;
    const key = `${k}|${type}`;
    let index = this.lazyRecency.get(key);
    if (index) this.lazyRecency.delete(key);
    else index = RecencyIndex.build(this.columns.events.get(type)!, this.rows, k);
    this.lazyRecency.set(key, index);
    while (this.lazyRecency.size > LAZY_RECENCY_ENTRIES)
      this.lazyRecency.delete(this.lazyRecency.keys().next().value!);
    return index;
  }

  /** A zeroed per-row counter array for event windows, allocated on first use. */
  counts(): Uint8Array {
    this.eventCounts ??= new Uint8Array(this.columns.rows);
    return this.eventCounts;
  }

  /** Bytes per part, from the typed arrays themselves. */
  memoryParts(): Record<string, number> {
    const { ids, attributes, interests, scores, events, recency, channels, preferredChannel } =
      this.columns;
    const sum = (values: Iterable<{ bytes: number }>) => {
      let total = 0;
      for (const value of values) total += value.bytes;
      return total;
    };
    let channelBytes = preferredChannel.bytes;
    for (const c of channels.values())
      channelBytes += c.reachable.byteLength + c.hasAddress.byteLength;
    return {
      ids: ids.byteLength,
      attributes: sum(attributes.values()),
      interests: sum(interests.values()),
      scores: sum(scores.values()),
      events: sum(events.values()),
      recency: sum(recency.values()) + sum(this.lazyRecency.values()),
      channels: channelBytes,
      valid: this.valid.byteLength,
      scratch: this.pool.bytes + (this.eventCounts?.byteLength ?? 0),
      cache: this.cache.bytes,
    };
  }
}
