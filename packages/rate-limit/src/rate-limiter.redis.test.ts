import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../test/support/tcp-proxy';
import { createRateLimiter, type RateLimiter, type RateLimiterOptions } from './rate-limiter';

const redisUrl = process.env.TEST_REDIS_URL;
if (!redisUrl) {
  console.info('Redis rate limit tests skipped: set TEST_REDIS_URL (e.g. redis://127.0.0.1:6379).');
}

/** Unique per run, so that runs sharing one server never see each other's buckets. */
const keyPrefix = `pinpoint-test:rate-limit:${process.pid}-${randomBytes(4).toString('hex')}:`;

/**
 * Tests that count admissions exactly use a generous timeout: on a busy machine a 50 ms timer
 * can fire before a reply that Redis sent in time, and the in-process answer would then make
 * the count differ. Failing over on timeouts has tests of its own below.
 */
const PATIENT = { commandTimeoutMs: 2_000 } as const;

describe.skipIf(!redisUrl)('the Redis token bucket (needs TEST_REDIS_URL)', () => {
  const url = redisUrl ?? '';
  const inspector = createClient({ url });
  const limiters: RateLimiter[] = [];
  const open = (options: RateLimiterOptions = {}) => {
    const limiter = createRateLimiter({ redisUrl: url, keyPrefix, ...options });
    limiters.push(limiter);
    return limiter;
  };

  beforeAll(async () => {
    await inspector.connect();
  });
  afterAll(async () => {
    await Promise.all(limiters.map((limiter) => limiter.close()));
    await inspector.close();
  });

  it('admits no more than the capacity when two processes take at once', async () => {
    const onDegraded = vi.fn();
    const [first, second] = [open({ ...PATIENT, onDegraded }), open({ ...PATIENT, onDegraded })];
    const capacity = 100;
    const startedAt = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        (i % 2 === 0 ? first : second).take('concurrent', { capacity, cost: 1 }),
      ),
    );
    const elapsed = Date.now() - startedAt;
    const allowed = answers.filter((answer) => answer.allowed).length;
    // Whatever refilled while the takes ran may be admitted too (one token per 600 ms here).
    const refilled = Math.floor((elapsed * capacity) / 60_000) + 1;
    expect(onDegraded).not.toHaveBeenCalled();
    expect(allowed).toBeGreaterThanOrEqual(capacity);
    expect(allowed).toBeLessThanOrEqual(capacity + refilled);
  });

  it('refills continuously over real time', async () => {
    const limiter = open(PATIENT);
    const capacity = 60_000; // one token per millisecond
    expect(await limiter.take('refill', { capacity, cost: capacity })).toEqual({
      allowed: true,
      remaining: 0,
    });
    const refused = await limiter.take('refill', { capacity, cost: 200 });
    expect(refused.allowed).toBe(false);
    await sleep(250);
    const again = await limiter.take('refill', { capacity, cost: 200 });
    expect(again.allowed).toBe(true);
    expect(again.remaining).toBeGreaterThanOrEqual(50);
    expect(again.remaining).toBeLessThan(capacity);
  });

  it('says how long to wait, and waiting that long is enough', async () => {
    const limiter = open(PATIENT);
    const capacity = 600; // one token per 100 ms
    await limiter.take('retry', { capacity, cost: capacity });
    const refused = await limiter.take('retry', { capacity, cost: 3 });
    if (refused.allowed) throw new Error('expected a refusal');
    expect(refused.retryAfterMs).toBeGreaterThan(200);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(300);
    expect(refused.remaining).toBe(0);
    // Node's timers and Redis's clock may differ by a millisecond; allow a little.
    await sleep(refused.retryAfterMs + 5);
    expect((await limiter.take('retry', { capacity, cost: 3 })).allowed).toBe(true);
  });

  it('keeps a bucket in one hash that expires when it would be full again', async () => {
    const limiter = open(PATIENT);
    await limiter.take('idle', { capacity: 60_000, cost: 30 });
    const key = `${keyPrefix}idle`;
    const ttl = await inspector.pTTL(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(31); // full again in 30 ms, plus 1 ms of margin
    expect(Object.keys(await inspector.hGetAll(key)).sort()).toEqual(['at', 'units']);
    await sleep(80);
    expect(await inspector.exists(key)).toBe(0);
  });

  it('loads the script again when Redis has forgotten it', async () => {
    const onDegraded = vi.fn();
    const limiter = open({ ...PATIENT, onDegraded });
    await limiter.take('noscript', { capacity: 2, cost: 1 });
    await inspector.scriptFlush();
    expect(await limiter.take('noscript', { capacity: 2, cost: 1 })).toEqual({
      allowed: true,
      remaining: 0,
    });
    expect((await limiter.take('noscript', { capacity: 2, cost: 1 })).allowed).toBe(false);
    expect(onDegraded).not.toHaveBeenCalled();
  });

  describe('through a proxy that fails', () => {
    let proxy: TcpProxy;
    let proxiedUrl: string;

    beforeAll(async () => {
      const target = new URL(url);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
      target.hostname = '127.0.0.1';
      target.port = String(proxy.port);
      proxiedUrl = target.toString();
    });
    afterAll(async () => {
      proxy.resume();
      await proxy.stop();
    });

    /** Takes on a throwaway key until the limiter reports that Redis is back. */
    async function untilRecovered(limiter: RateLimiter, recovered: () => boolean) {
      for (let tries = 0; tries < 100 && !recovered(); tries++) {
        await limiter.take('probe', { capacity: 1_000_000, cost: 1 });
        await sleep(50);
      }
      expect(recovered()).toBe(true);
    }

    it('limits in process while Redis is unreachable, reports it once, and goes back', async () => {
      const onDegraded = vi.fn();
      const onRecovered = vi.fn();
      const limiter = open({ redisUrl: proxiedUrl, onDegraded, onRecovered, probeIntervalMs: 100 });
      const take = (key: string, capacity: number) => limiter.take(key, { capacity, cost: 1 });

      for (let i = 0; i < 5; i++) expect((await take('cut', 5)).allowed).toBe(true);
      await proxy.stop();
      const during = [];
      for (let i = 0; i < 5; i++) during.push((await take('cut-during', 3)).allowed);
      expect(during).toEqual([true, true, true, false, false]);
      expect(onDegraded).toHaveBeenCalledTimes(1);

      await proxy.start();
      await untilRecovered(limiter, () => onRecovered.mock.calls.length > 0);
      // The bucket drained in Redis before the outage is still there: Redis is in use again.
      expect((await take('cut', 5)).allowed).toBe(false);
      expect(onDegraded).toHaveBeenCalledTimes(1);
      expect(onRecovered).toHaveBeenCalledTimes(1);
    });

    it('answers in process when Redis stops answering in time', async () => {
      const onDegraded = vi.fn();
      const onRecovered = vi.fn();
      const limiter = open({ redisUrl: proxiedUrl, onDegraded, onRecovered, probeIntervalMs: 100 });
      expect((await limiter.take('stall', { capacity: 2, cost: 2 })).allowed).toBe(true);

      proxy.pause();
      const startedAt = Date.now();
      const during = [];
      for (let i = 0; i < 3; i++) {
        during.push((await limiter.take('stall-during', { capacity: 2, cost: 1 })).allowed);
      }
      expect(during).toEqual([true, true, false]);
      // Only the first request waited for the 50 ms timeout; the others skipped Redis.
      expect(Date.now() - startedAt).toBeLessThan(1_000);
      expect(onDegraded).toHaveBeenCalledTimes(1);

      proxy.resume();
      await untilRecovered(limiter, () => onRecovered.mock.calls.length > 0);
      expect((await limiter.take('stall', { capacity: 2, cost: 1 })).allowed).toBe(false);
      expect(onDegraded).toHaveBeenCalledTimes(1);
    });
  });
});
