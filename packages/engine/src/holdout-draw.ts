import { type Bitset, newBitset } from './bitset';
import { md5First32 } from './md5';
import type { AudienceShard } from './shard';

const HEX = new TextEncoder().encode('0123456789abcdef');
const HOLDOUT_ENTRIES = 8;
const TWO_TO_32 = 2 ** 32;

interface Draw {
  /** Rows whose draw is known. */
  computed: Bitset;
  /** Rows held out, among the computed ones. */
  held: Bitset;
}

const draws = new WeakMap<AudienceShard, Map<string, Draw>>();

/**
 * Writes into `out` the rows of `candidates` that a campaign holds out: those whose
 * `holdoutFraction(campaignId, id)` is below `share`, computed with the exact md5 draw of
 * SEMANTICS.md. Draws are remembered per shard, campaign and share, for the rows computed so
 * far, so repeated estimates hash only people they have not seen.
 */
export function heldOutRows(
  shard: AudienceShard,
  campaignId: string,
  share: number,
  candidates: Bitset,
  out: Bitset,
): Bitset {
  let byCampaign = draws.get(shard);
  if (!byCampaign) draws.set(shard, (byCampaign = new Map<string, Draw>()));
  const key = `${share}|${campaignId}`;
  let draw = byCampaign.get(key);
  if (!draw) {
    draw = { computed: newBitset(shard.rows), held: newBitset(shard.rows) };
    byCampaign.set(key, draw);
    while (byCampaign.size > HOLDOUT_ENTRIES) byCampaign.delete(byCampaign.keys().next().value!);
  }
  const prefix = new TextEncoder().encode(`${campaignId}:`);
  const message = new Uint8Array(prefix.length + 36);
  message.set(prefix);
  const ids = shard.columns.ids;
  const { computed, held } = draw;
  for (let w = 0; w < candidates.length; w += 1) {
    let todo = candidates[w]! & ~computed[w]!;
    while (todo !== 0) {
      const low = todo & -todo;
      const row = (w << 5) + 31 - Math.clz32(low);
      writeIdText(ids, row, message, prefix.length);
      if (md5First32(message, message.length) / TWO_TO_32 < share) held[w]! |= low;
      todo ^= low;
    }
    computed[w]! |= candidates[w]!;
    out[w] = candidates[w]! & held[w]!;
  }
  return out;
}

/** Lower-case UUID text of a row's id, written as ASCII at `at`. */
function writeIdText(ids: Uint8Array, row: number, target: Uint8Array, at: number): void {
  let position = at;
  for (let i = 0; i < 16; i += 1) {
    if (i === 4 || i === 6 || i === 8 || i === 10) target[position++] = 45;
    const byte = ids[row * 16 + i]!;
    target[position++] = HEX[byte >>> 4]!;
    target[position++] = HEX[byte & 15]!;
  }
}

/** Bytes of the remembered draws of a shard. */
export function holdoutBytes(shard: AudienceShard): number {
  let total = 0;
  for (const draw of draws.get(shard)?.values() ?? []) total += draw.computed.byteLength * 2;
  return total;
}

/** Forgets the remembered draws of a shard. */
export function clearHoldoutDraws(shard: AudienceShard): void {
  draws.delete(shard);
}
