import { type RandomGenerator, xoroshiro128plus } from 'pure-rand';

const UINT32_TO_UNIT = 1 / 4_294_967_296;

/**
 * A seeded stream of uniform numbers in [0, 1). Simulations take a seed and never touch
 * `Math.random`, so that a failing seed can be replayed. Two 32-bit draws make one number:
 * 2⁻³² steps would be too coarse for response probabilities of a fraction of a percent.
 */
export class SeededRandom {
  private readonly generator: RandomGenerator;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed))
      throw new RangeError(`seed must be a safe integer; got ${seed}`);
    this.generator = xoroshiro128plus(seed);
  }

  /** A uniform number in [0, 1) with 53 random bits. */
  next(): number {
    const high = (this.generator.unsafeNext() >>> 0) >>> 5; // 27 bits
    const low = (this.generator.unsafeNext() >>> 0) >>> 6; // 26 bits
    return (high * 67_108_864 + low) * UINT32_TO_UNIT * (1 / 2_097_152);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }
}
