import { createInMemoryRateLimiter, DEFAULT_MAX_KEYS } from './in-memory-rate-limiter';
import { CONNECT_TIMEOUT_MS, openRedisConnection } from './redis-connection';
import { takeFromRedisBucket } from './redis-token-bucket';
import { parseTakeOptions, type TakeOptions, type TakeResult } from './take-options';

/** Key prefix used when none is given. */
export const DEFAULT_KEY_PREFIX = 'pinpoint:rate-limit:';
/** How long a request waits for Redis before it is answered in process. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 50;
/** While Redis is down, how often one request tries it again. */
export const DEFAULT_PROBE_INTERVAL_MS = 1_000;

export interface RateLimiterOptions {
  /** `redis://…` or `rediss://…`. Without it, buckets live in this process (embedded mode). */
  redisUrl?: string;
  /** Prepended to every key in Redis, so that several deployments can share one server. */
  keyPrefix?: string;
  /**
   * Called once when an outage begins: Redis is configured but a request could not use it
   * (unreachable, timed out, or an unexpected reply). Requests are then limited in process
   * until a request reaches Redis again, which calls `onRecovered`. Meant for one log line per
   * outage; an exception thrown here is ignored so that logging cannot fail a request.
   */
  onDegraded?: (cause: Error) => void;
  /** Called once when requests reach Redis again after `onDegraded`. */
  onRecovered?: () => void;
  /** Default 50 ms: Redis answers in well under a millisecond when healthy. */
  commandTimeoutMs?: number;
  /** Default 1 s. */
  probeIntervalMs?: number;
  /** Bound on buckets held in process (embedded mode and fallback); default 10 000. */
  maxInMemoryKeys?: number;
}

/** Per-key request limits; see `createRateLimiter`. */
export interface RateLimiter {
  /**
   * Takes `options.cost` tokens from `key`'s bucket. `key` identifies the caller (an API key's
   * id, not its secret: keys are visible to anyone who can list Redis keys). Never rejects
   * because of Redis; throws `RangeError` for invalid options.
   */
  take(key: string, options: TakeOptions): Promise<TakeResult>;
  /** Closes the Redis connection, if any. */
  close(): Promise<void>;
}

/**
 * Creates the API's rate limiter: a token bucket per key whose capacity is the key's requests
 * per minute, refilled continuously. With `redisUrl` the buckets live in Redis and every API
 * process shares them; when Redis cannot answer within `commandTimeoutMs`, the request is
 * limited by a bucket in this process instead, so an outage neither blocks all traffic nor
 * lifts all limits (each process then admits up to the full limit on its own). Without
 * `redisUrl`, every request is limited in process.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const memory = createInMemoryRateLimiter({
    maxKeys: options.maxInMemoryKeys ?? DEFAULT_MAX_KEYS,
  });
  if (!options.redisUrl) {
    return {
      take: (key, takeOptions) => Promise.resolve(memory.take(key, takeOptions)),
      close: () => Promise.resolve(memory.clear()),
    };
  }

  const keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  const commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  const probeIntervalMs = options.probeIntervalMs ?? DEFAULT_PROBE_INTERVAL_MS;
  const redis = openRedisConnection(options.redisUrl);
  let startingUp = true;

  // Health changes only through requests: a request that started in the current state may end
  // it. So replies still in flight from before an outage cannot end it, and failures of
  // requests sent before a recovery cannot start a new one: one report per outage.
  let degraded = false;
  let healthEpoch = 0;
  let nextProbeAt = 0;
  redis.onReady(() => (nextProbeAt = 0));

  function report(callback: () => void): void {
    try {
      callback();
    } catch {
      // Logging must not fail the request.
    }
  }
  function markDegraded(epoch: number, cause: Error): void {
    nextProbeAt = Date.now() + probeIntervalMs;
    if (degraded || epoch !== healthEpoch) return;
    degraded = true;
    healthEpoch++;
    report(() => options.onDegraded?.(cause));
  }
  function markHealthy(epoch: number): void {
    if (!degraded || epoch !== healthEpoch) return;
    degraded = false;
    healthEpoch++;
    report(() => options.onRecovered?.());
  }
  function offlineCause(): Error {
    return redis.lastError ?? new Error('Redis is not connected');
  }

  return {
    async take(key, raw) {
      const takeOptions = parseTakeOptions(key, raw);
      if (startingUp) {
        await redis.firstAttempt(CONNECT_TIMEOUT_MS);
        startingUp = false;
      }
      const epoch = healthEpoch;
      const tryRedis = redis.isReady && (!degraded || Date.now() >= nextProbeAt);
      if (tryRedis) {
        // While degraded, this request is the probe: the others skip Redis for a probe interval.
        if (degraded) nextProbeAt = Date.now() + probeIntervalMs;
        try {
          const bucketKey = keyPrefix + key;
          const { result } = await takeFromRedisBucket(
            redis,
            bucketKey,
            takeOptions,
            commandTimeoutMs,
          );
          markHealthy(epoch);
          return result;
        } catch (error) {
          markDegraded(epoch, error instanceof Error ? error : new Error(String(error)));
        }
      } else if (!redis.isReady) {
        markDegraded(epoch, offlineCause());
      }
      return memory.take(key, takeOptions);
    },
    async close() {
      memory.clear();
      await redis.close();
    },
  };
}
