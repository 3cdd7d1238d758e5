import type { Bitset } from './bitset';

/**
 * A bounded LRU of materialised rule nodes (segment references, event windows), keyed by the
 * node's resolved content and `asOf`. A shard's columns never change after it is built (edits
 * go to a new shard and a validity mask), so entries stay correct for the shard's lifetime.
 */
export class NodeCache {
  private readonly entries = new Map<string, Bitset>();

  constructor(private readonly maxEntries: number) {}

  /** The bitset cached under `key`, marked as recently used. */
  get(key: string): Bitset | undefined {
    const bits = this.entries.get(key);
    if (bits !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, bits);
    }
    return bits;
  }

  /** Caches `bits` under `key`, evicting the least recently used entry beyond the limit. */
  set(key: string, bits: Bitset): void {
    if (this.maxEntries <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, bits);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Forgets everything (benchmarks use it to time cold queries). */
  clear(): void {
    this.entries.clear();
  }

  /** Bytes of the cached bitsets. */
  get bytes(): number {
    let total = 0;
    for (const bits of this.entries.values()) total += bits.byteLength;
    return total;
  }
}
