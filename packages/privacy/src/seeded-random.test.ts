import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { describe, expect, it } from 'vitest';
import { chiSquare, chiSquareCritical } from '../test/support/statistics';
import { seededRandom } from './seeded-random';

const seed = (byte: number) => new Uint8Array(32).fill(byte);
const draws = (random: ReturnType<typeof seededRandom>, n: number) =>
  Array.from({ length: n }, () => random.next());

describe('seededRandom', () => {
  it('repeats its draws for the same seed, past a refill of its buffer', () => {
    expect(draws(seededRandom(seed(1)), 200)).toEqual(draws(seededRandom(seed(1)), 200));
  });

  it('draws something else for another seed', () => {
    expect(draws(seededRandom(seed(1)), 8)).not.toEqual(draws(seededRandom(seed(2)), 8));
  });

  it('gives 32-bit signed words, as pure-rand generators do', () => {
    for (const word of draws(seededRandom(seed(3)), 1000)) {
      expect(Number.isInteger(word) && word >= -(2 ** 31) && word < 2 ** 31).toBe(true);
    }
  });

  it('clones into an independent generator that continues the same stream', () => {
    const random = seededRandom(seed(4));
    draws(random, 70);
    const copy = random.clone();
    expect(draws(copy, 100)).toEqual(draws(random, 100));
  });

  it('is not changed by later changes to the seed array', () => {
    const bytes = seed(5);
    const random = seededRandom(bytes);
    bytes.fill(6);
    expect(draws(random, 4)).toEqual(draws(seededRandom(seed(5)), 4));
  });

  it('draws uniform integers in a range, as far as χ² can tell', () => {
    const random = seededRandom(seed(9));
    const observed = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i += 1) observed[uniformInt(random, 0, 9)]! += 1;
    expect(chiSquare(observed, new Array<number>(10).fill(2000))).toBeLessThan(
      chiSquareCritical(9),
    );
  });

  it('refuses a seed that is not 32 bytes', () => {
    expect(() => seededRandom(new Uint8Array(16))).toThrow(/32 bytes/);
  });
});
