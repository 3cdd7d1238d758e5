import { z } from 'zod';
import type { TakeResult } from './take-options';
import { TOKEN_BUCKET_SCRIPT, TOKEN_BUCKET_SCRIPT_SHA } from './token-bucket-script';

/** The one thing this module needs of a Redis client (node-redis's `sendCommand`). */
export interface RedisCommandSender {
  sendCommand(args: string[], options?: { abortSignal?: AbortSignal }): Promise<unknown>;
}

const ScriptReply = z.tuple([
  z.union([z.literal(0), z.literal(1)]),
  z.number(),
  z.number(),
  z.number(),
]);

/** The bucket's answer and the Redis time, in ms, it was taken at. */
export interface RedisTakeOutcome {
  result: TakeResult;
  at: number;
}

/**
 * Runs the token bucket script on `bucketKey`. Sends only the script's SHA-1 (EVALSHA) and the
 * whole script (EVAL, which also caches it) only when Redis answers NOSCRIPT: after a restart,
 * a failover or SCRIPT FLUSH. Rejects on any failure, including an unexpected reply, and after
 * `timeoutMs` for both commands together; the caller decides what to do without Redis.
 */
export function takeFromRedisBucket(
  redis: RedisCommandSender,
  bucketKey: string,
  request: { capacity: number; cost: number },
  timeoutMs: number,
): Promise<RedisTakeOutcome> {
  return withTimeout(timeoutMs, (signal) => runScript(redis, bucketKey, request, signal));
}

async function runScript(
  redis: RedisCommandSender,
  bucketKey: string,
  request: { capacity: number; cost: number },
  signal: AbortSignal,
): Promise<RedisTakeOutcome> {
  const rest = ['1', bucketKey, String(request.capacity), String(request.cost)];
  let reply: unknown;
  try {
    reply = await redis.sendCommand(['EVALSHA', TOKEN_BUCKET_SCRIPT_SHA, ...rest], {
      abortSignal: signal,
    });
  } catch (error) {
    if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
    reply = await redis.sendCommand(['EVAL', TOKEN_BUCKET_SCRIPT, ...rest], {
      abortSignal: signal,
    });
  }
  const parsed = ScriptReply.safeParse(reply);
  if (!parsed.success) {
    throw new Error(`rate limit script: unexpected reply ${JSON.stringify(reply)}`);
  }
  const [allowed, remaining, retryAfterMs, at] = parsed.data;
  const result: TakeResult =
    allowed === 1 ? { allowed: true, remaining } : { allowed: false, retryAfterMs, remaining };
  return { result, at };
}

/** Why a request was answered without Redis: it did not answer in time. */
export class RedisTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`Redis did not answer within ${timeoutMs} ms`);
    this.name = 'RedisTimeoutError';
  }
}

/**
 * Runs `work` for at most `ms`. node-redis's own timeout and abort signal only withdraw a
 * command that has not been written yet; once written, it waits for the reply however long that
 * takes. So the deadline is enforced here, and the signal still withdraws a command stuck behind
 * others. A reply that arrives after the deadline is dropped.
 */
async function withTimeout<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new RedisTimeoutError(ms);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}
