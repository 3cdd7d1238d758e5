import type { Bitset } from './bitset';

/** Free bitsets kept between queries; beyond this they are left to the garbage collector. */
const KEEP_FREE = 16;

/**
 * Scratch bitsets for one shard. Allocating a fresh 1.25 MB array per rule node at 10M
 * profiles would cost more in zeroing and garbage collection than the AND itself, so
 * queries borrow from here and give everything back when they finish.
 */
export class BitsetPool {
  private readonly free: Bitset[] = [];
  private readonly lent: Bitset[] = [];

  constructor(private readonly words: number) {}

  /** A bitset of the shard's size with undefined contents, until `releaseAll`. */
  take(): Bitset {
    const bits = this.free.pop() ?? new Int32Array(this.words);
    this.lent.push(bits);
    return bits;
  }

  /** A zeroed bitset, until `releaseAll`. */
  takeZeroed(): Bitset {
    return this.take().fill(0);
  }

  /** Returns every bitset taken since the last call. */
  releaseAll(): void {
    for (const bits of this.lent) if (this.free.length < KEEP_FREE) this.free.push(bits);
    this.lent.length = 0;
  }

  /** Bytes held, free or lent. */
  get bytes(): number {
    return (this.free.length + this.lent.length) * this.words * 4;
  }
}
