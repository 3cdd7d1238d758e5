import { chacha20 } from '@noble/ciphers/chacha.js';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

const KEY_BYTES = 32;
const BLOCK_BYTES = 64;
const BLOCKS_PER_REFILL = 4;
// Every seed is used for one released number only, so a fixed nonce never repeats a keystream.
const NONCE = new Uint8Array(12);

/**
 * The ChaCha20 keystream read as 32-bit words: the standard way to stretch a secret seed into
 * as many random draws as a sampler needs (a cryptographic generator, unlike the ones in
 * pure-rand, so no draw tells anything about another). It implements pure-rand's
 * `RandomGenerator`, so pure-rand's unbiased `uniformInt` can draw from it.
 */
class ChaChaRandom implements RandomGenerator {
  private view: DataView;

  constructor(
    private readonly key: Uint8Array,
    private nextBlock = 0,
    private buffer = new Uint8Array(0),
    private offset = 0,
  ) {
    this.view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  next(): number {
    if (this.offset === this.buffer.length) this.refill();
    const word = this.view.getInt32(this.offset, true);
    this.offset += 4;
    return word;
  }

  clone(): RandomGenerator {
    return new ChaChaRandom(this.key, this.nextBlock, this.buffer.slice(), this.offset);
  }

  getState(): readonly number[] {
    return [...this.key, this.nextBlock, this.offset];
  }

  private refill(): void {
    const zeros = new Uint8Array(BLOCK_BYTES * BLOCKS_PER_REFILL);
    this.buffer = chacha20(this.key, NONCE, zeros, undefined, this.nextBlock);
    this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
    this.nextBlock += BLOCKS_PER_REFILL;
    this.offset = 0;
  }
}

/** A deterministic random generator from a 32-byte seed (e.g. `noiseSeed`): same seed, same draws. */
export function seededRandom(seed: Uint8Array): RandomGenerator {
  if (seed.length !== KEY_BYTES) {
    throw new RangeError(`a random seed must have ${KEY_BYTES} bytes; got ${seed.length}`);
  }
  return new ChaChaRandom(seed.slice());
}
