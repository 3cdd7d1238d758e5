import { describe, expect, it } from 'vitest';
import { createInMemoryRateLimiter } from './in-memory-rate-limiter';

describe('createInMemoryRateLimiter', () => {
  it('keeps one bucket per key', () => {
    const limiter = createInMemoryRateLimiter();
    const take = (key: string) => limiter.take(key, { capacity: 1, cost: 1, now: 0 }).allowed;
    expect([take('a'), take('a'), take('b'), take('b')]).toEqual([true, false, true, false]);
  });

  it('forgets buckets once they have refilled, so idle keys take no memory', () => {
    const limiter = createInMemoryRateLimiter();
    // 60 per minute: each bucket below is full again 1 s after its take.
    for (let i = 0; i < 100; i++) limiter.take(`key-${i}`, { capacity: 60, cost: 1, now: i });
    expect(limiter.size).toBe(100);
    // Each request looks at the two least recently used buckets.
    for (let i = 0; i < 30; i++) limiter.take('busy', { capacity: 60_000, cost: 1, now: 5_000 });
    expect(limiter.size).toBe(100 - 2 * 30 + 1);
    for (let i = 0; i < 30; i++) limiter.take('busy', { capacity: 60_000, cost: 1, now: 5_000 });
    expect(limiter.size).toBe(1);
  });

  it('holds at most maxKeys buckets, dropping the least recently used', () => {
    const limiter = createInMemoryRateLimiter({ maxKeys: 3 });
    const take = (key: string) => limiter.take(key, { capacity: 1, cost: 1, now: 0 });
    take('a');
    take('b');
    take('c');
    expect(take('a').allowed).toBe(false); // `a` is now the most recently used
    take('d'); // over the bound: `b` goes
    expect(limiter.size).toBe(3);
    expect(take('a').allowed).toBe(false);
    expect(take('b').allowed).toBe(true); // forgotten, so full again
  });

  it('rejects a bound that cannot hold a bucket', () => {
    expect(() => createInMemoryRateLimiter({ maxKeys: 0 })).toThrow(RangeError);
  });
});
