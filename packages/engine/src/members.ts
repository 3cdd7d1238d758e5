import type { EvaluationContext, SegmentRule } from '@pinpoint/domain';
import { compareIds, firstRowAfter, readUuid, uuidBytes } from './profile-ids';
import { ruleBits } from './rule-evaluation';
import type { AudienceShard } from './shard';

/** A page of member ids in id order, and the cursor of the next page (null on the last). */
export interface MemberPage {
  ids: string[];
  nextCursor: string | null;
}

/** Up to `limit` member rows of a shard after the cursor, ascending. */
function memberRows(
  shard: AudienceShard,
  rule: SegmentRule | null,
  context: EvaluationContext,
  cursor: Uint8Array | null,
  limit: number,
): number[] {
  const rows: number[] = [];
  if (limit <= 0) return rows;
  try {
    const bits = ruleBits(shard, rule, context);
    const start = cursor ? firstRowAfter(shard.columns.ids, shard.rows, cursor) : 0;
    for (let w = start >>> 5; w < bits.length && rows.length < limit; w += 1) {
      let word = bits[w]!;
      if (w === start >>> 5) word &= ~((1 << (start & 31)) - 1);
      while (word !== 0 && rows.length < limit) {
        const low = word & -word;
        rows.push((w << 5) + 31 - Math.clz32(low));
        word ^= low;
      }
    }
  } finally {
    shard.pool.releaseAll();
  }
  return rows;
}

/**
 * Members in id order across shards, `limit` per page, after `cursor` (an id): the same
 * pages as the database's `segmentMembers` (`id > cursor order by id limit n`). Each shard
 * yields its first `limit + 1` rows after the cursor and the lists are merged by id.
 */
export function memberPage(
  shards: readonly AudienceShard[],
  rule: SegmentRule | null,
  context: EvaluationContext,
  page: { limit: number; cursor?: string | null },
): MemberPage {
  const cursor = page.cursor ? uuidBytes(page.cursor) : null;
  const want = page.limit + 1;
  const lists = shards.map((shard) => memberRows(shard, rule, context, cursor, want));
  const positions = shards.map(() => 0);
  const taken: string[] = [];
  while (taken.length < want) {
    let best = -1;
    for (let s = 0; s < shards.length; s += 1) {
      if (positions[s]! >= lists[s]!.length) continue;
      if (best < 0) {
        best = s;
        continue;
      }
      const mine = compareIds(
        shards[s]!.columns.ids,
        lists[s]![positions[s]!]!,
        shards[best]!.columns.ids,
        lists[best]![positions[best]!]!,
      );
      if (mine < 0) best = s;
    }
    if (best < 0) break;
    taken.push(readUuid(shards[best]!.columns.ids, lists[best]![positions[best]!]! * 16));
    positions[best]! += 1;
  }
  const ids = taken.slice(0, Math.max(0, page.limit));
  return { ids, nextCursor: taken.length > page.limit ? (ids.at(-1) ?? null) : null };
}
