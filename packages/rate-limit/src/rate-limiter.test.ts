import { describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from './rate-limiter';

describe('createRateLimiter', () => {
  it('limits in process without a Redis URL', async () => {
    const limiter = createRateLimiter();
    const answers = [];
    for (let i = 0; i < 3; i++) {
      answers.push(await limiter.take('key', { capacity: 2, cost: 1, now: 1_000 }));
    }
    expect(answers).toEqual([
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
      { allowed: false, retryAfterMs: 30_000, remaining: 0 },
    ]);
    await limiter.close();
  });

  it('still limits, in process, when Redis is unreachable, and reports the outage once', async () => {
    const onDegraded = vi.fn();
    // Nothing listens on port 1: every connection attempt is refused.
    const limiter = createRateLimiter({ redisUrl: 'redis://127.0.0.1:1', onDegraded });
    const startedAt = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => limiter.take('key', { capacity: 3, cost: 1 })),
    );
    for (let i = 0; i < 5; i++) await limiter.take('other', { capacity: 1, cost: 1 });
    expect(Date.now() - startedAt).toBeLessThan(1_000);
    expect(answers.map((answer) => answer.allowed)).toEqual([true, true, true, false, false]);
    expect(onDegraded).toHaveBeenCalledTimes(1);
    expect(onDegraded.mock.calls[0]?.[0]).toBeInstanceOf(Error);
    await limiter.close();
  });

  it('does not let a failing onDegraded fail the request', async () => {
    const limiter = createRateLimiter({
      redisUrl: 'redis://127.0.0.1:1',
      onDegraded: () => {
        throw new Error('logger down');
      },
    });
    await expect(limiter.take('key', { capacity: 1, cost: 1 })).resolves.toEqual({
      allowed: true,
      remaining: 0,
    });
    await limiter.close();
  });

  it('rejects invalid options whether or not Redis is configured', async () => {
    const limiter = createRateLimiter({ redisUrl: 'redis://127.0.0.1:1' });
    await expect(limiter.take('key', { capacity: 1, cost: 2 })).rejects.toThrow(RangeError);
    await limiter.close();
  });
});
