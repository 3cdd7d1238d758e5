import type { Catalog, Profile } from '@pinpoint/domain';
import { ChannelColumnsBuilder } from './channel-columns';
import { EventLogBuilder } from './event-log-builder';
import {
  ATTRIBUTE_LAYOUTS,
  INTEREST_LAYOUT,
  PREFERRED_CHANNEL_LAYOUT,
  SCORE_LAYOUT,
  UNKNOWN_ATTRIBUTE_LAYOUT,
  expectedBitsets,
  tuned,
  type LayoutTuning,
} from './layouts';
import { compareIds, readUuid, writeUuid } from './profile-ids';
import { RecencyIndex } from './recency-index';
import { AudienceShard } from './shard';
import type { ValueColumnLayout } from './value-column';
import { ValueColumnBuilder } from './value-column-builder';

interface PendingColumn {
  builder: ValueColumnBuilder;
  layout: ValueColumnLayout;
}

/**
 * Turns profiles, streamed in ascending id order, into a shard. Only columns are kept: a
 * profile object is dropped as soon as its facts are appended, so 10M profiles never exist
 * at once. Attributes, topics, event types and models the catalog lacks are indexed too, so
 * that a rule naming them is answered from the data, as `matches` would.
 */
export class ShardBuilder {
  private ids: Uint8Array;
  private rows = 0;
  private readonly attributes = new Map<string, PendingColumn>();
  private readonly interests = new Map<string, PendingColumn>();
  private readonly scores = new Map<string, PendingColumn>();
  private readonly events = new Map<string, EventLogBuilder>();
  private readonly channels: ChannelColumnsBuilder;
  private readonly preferred: ValueColumnBuilder;

  constructor(
    catalog: Catalog,
    private readonly capacity: number,
    private readonly tuning?: LayoutTuning,
  ) {
    this.ids = new Uint8Array(16 * Math.max(16, capacity));
    for (const definition of catalog.attributes) {
      const layout = tuned(ATTRIBUTE_LAYOUTS[definition.type], tuning);
      this.attributes.set(definition.key, { builder: new ValueColumnBuilder(capacity), layout });
    }
    this.channels = new ChannelColumnsBuilder(capacity);
    this.preferred = new ValueColumnBuilder(capacity);
  }

  /** Profiles added. */
  get size(): number {
    return this.rows;
  }

  /** Appends a profile; its id must be greater than the previous one's. */
  add(profile: Profile): void {
    const row = this.rows;
    if (this.ids.length < 16 * (row + 1)) {
      const grown = new Uint8Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    writeUuid(profile.id, this.ids, row * 16);
    if (row > 0 && compareIds(this.ids, row - 1, this.ids, row) >= 0) {
      throw new Error(
        `profiles must arrive in ascending id order without repeats: ${profile.id} after ${readUuid(this.ids, (row - 1) * 16)}`,
      );
    }
    // Only the facts a profile has are written: unwritten rows read as "no value".
    const attributes = profile.attributes;
    for (const key in attributes) {
      const value = attributes[key];
      if (value === undefined) continue;
      this.columnOf(this.attributes, key, UNKNOWN_ATTRIBUTE_LAYOUT).builder.set(row, value);
    }
    for (const { topic, affinity } of profile.interests)
      this.columnOf(this.interests, topic, INTEREST_LAYOUT).builder.setMax(row, affinity);
    for (const { model, value } of profile.scores)
      this.columnOf(this.scores, model, SCORE_LAYOUT).builder.setFirst(row, value);
    for (const event of profile.events) {
      let log = this.events.get(event.type);
      if (!log) this.events.set(event.type, (log = new EventLogBuilder()));
      log.push(event.occurredAt.getTime(), row);
    }
    this.channels.set(row, profile);
    if (profile.preferredChannel) this.preferred.set(row, profile.preferredChannel);
    this.rows += 1;
  }

  private columnOf(
    columns: Map<string, PendingColumn>,
    key: string,
    layout: ValueColumnLayout,
  ): PendingColumn {
    let column = columns.get(key);
    if (!column) {
      column = {
        builder: new ValueColumnBuilder(this.capacity),
        layout: tuned(layout, this.tuning),
      };
      columns.set(key, column);
    }
    return column;
  }

  /**
   * Bytes the finished shard is expected to take, split into what grows with every profile
   * (codes, events, the bitsets `finish` will allocate) and what grows slower (dictionaries),
   * so that the first few thousand profiles can be projected onto millions.
   */
  estimateBytes(): { perRows: number; fixed: number } {
    const rows = this.rows;
    let perRows = 16 * rows + this.channels.bytesFor(rows) + this.preferred.bytesFor(rows);
    let fixed = 0;
    // valid, scratch, channel bitsets, preferred channel, and 4 recency prefixes per event type
    let bitsets = 2 + 2 * 5 + 6 + 4 * this.events.size;
    let largestLog = 0;
    for (const group of [this.attributes, this.interests, this.scores]) {
      for (const { builder, layout } of group.values()) {
        perRows += builder.bytesFor(rows) - builder.dictionaryBytes;
        fixed += builder.dictionaryBytes;
        bitsets += expectedBitsets(layout, builder.distinct);
      }
    }
    for (const log of this.events.values()) {
      // The log, and the recency list (at most one entry per person).
      perRows += log.bytes + Math.min(log.length, rows) * 8;
      largestLog = Math.max(largestLog, log.length);
    }
    // Sorting a log needs a second copy of its largest type for a moment.
    return { perRows: perRows + bitsets * Math.ceil(rows / 8) + largestLog * 8, fixed };
  }

  /** The shard. The builder must not be used afterwards. */
  finish(): AudienceShard {
    const finishAll = (columns: Map<string, PendingColumn>) =>
      new Map(
        [...columns].map(([key, { builder, layout }]) => [key, builder.finish(this.rows, layout)]),
      );
    const events = new Map([...this.events].map(([type, log]) => [type, log.finish()]));
    return new AudienceShard({
      rows: this.rows,
      ids: this.ids.slice(0, this.rows * 16),
      attributes: finishAll(this.attributes),
      interests: finishAll(this.interests),
      scores: finishAll(this.scores),
      events,
      recency: new Map(
        [...events].map(([type, log]) => [type, RecencyIndex.build(log, this.rows)]),
      ),
      channels: this.channels.finish(this.rows),
      preferredChannel: this.preferred.finish(this.rows, PREFERRED_CHANNEL_LAYOUT),
    });
  }
}
