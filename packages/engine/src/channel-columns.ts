import { CHANNELS, isReachable, type Channel, type Profile } from '@pinpoint/domain';
import { type Bitset, newBitset, setBit } from './bitset';
import { CodeArrayBuilder, type CodeArray } from './code-array';

/** Per row and channel while building: bit 0 = has an address, bit 1 = reachable. */
const HAS_ADDRESS = 1;
const REACHABLE = 2;
const CHANNEL_INDEX = new Map(CHANNELS.map((channel, i) => [channel, i]));

/**
 * Reachability per channel, the one definition of SEMANTICS.md (`isReachable`: an address
 * and consent granted), and whether there is an address at all, which reach estimates need
 * to tell "no address" from "no consent". Consent itself is not stored: nothing else asks.
 */
export interface ChannelBitsets {
  reachable: Bitset;
  hasAddress: Bitset;
}

/** Collects the channel facts of each row. */
export class ChannelColumnsBuilder {
  private readonly flags: CodeArrayBuilder[];

  constructor(capacity: number) {
    this.flags = CHANNELS.map(() => new CodeArrayBuilder(capacity));
  }

  /** Bytes `rows` rows take. */
  bytesFor(rows: number): number {
    return this.flags.reduce((sum, f) => sum + rows * f.width, 0);
  }

  /** Records the channels of `row`; the first entry per channel counts, as in `find`. */
  set(row: number, profile: Profile): void {
    let seen = 0;
    for (const contact of profile.channels) {
      const i = CHANNEL_INDEX.get(contact.channel);
      if (i === undefined || (seen & (1 << i)) !== 0) continue;
      seen |= 1 << i;
      let flags = 0;
      if ((contact.address ?? null) !== null) flags |= HAS_ADDRESS;
      if (isReachable(contact)) flags |= REACHABLE;
      if (flags !== 0) this.flags[i]!.set(row, flags);
    }
  }

  /** The bitsets per channel. */
  finish(rows: number): Map<Channel, ChannelBitsets> {
    const result = new Map<Channel, ChannelBitsets>();
    CHANNELS.forEach((channel, i) => {
      const flags: CodeArray = this.flags[i]!.finish(rows);
      const bits = { reachable: newBitset(flags.length), hasAddress: newBitset(flags.length) };
      for (let row = 0; row < flags.length; row += 1) {
        const f = flags[row]!;
        if (f & HAS_ADDRESS) setBit(bits.hasAddress, row);
        if (f & REACHABLE) setBit(bits.reachable, row);
      }
      result.set(channel, bits);
    });
    return result;
  }
}
