import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random';

describe('SeededRandom', () => {
  it('replays a seed and gives another stream for another seed', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(() => new SeededRandom(0.5)).toThrow(RangeError);
  });

  it('is uniform on [0, 1): every tenth gets its share of 100,000 draws', () => {
    const random = new SeededRandom(42);
    const counts = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i += 1) {
      const u = random.next();
      if (!(u >= 0 && u < 1)) outside += 1;
      else counts[Math.floor(u * 10)]! += 1;
    }
    expect(outside).toBe(0);
    // Binomial(100,000, 0.1): standard deviation ≈ 95.
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(4 * 95);
  });
});
