import { createClient } from '@redis/client';
import type { RedisCommandSender } from './redis-token-bucket';

/**
 * How long one connection attempt may take. Requests that arrive before the first attempt has
 * succeeded or failed wait for it up to this long, so that a process that is still starting
 * does not report an outage; a refused connection fails at once and delays nothing.
 */
export const CONNECT_TIMEOUT_MS = 1_000;

/** Longest wait between two reconnection attempts. */
const MAX_RECONNECT_DELAY_MS = 2_000;

/** How long `close` waits for commands already sent before it drops the connection. */
const CLOSE_GRACE_MS = 1_000;

/** One Redis connection that keeps reconnecting on its own and never queues while offline. */
export interface RedisConnection extends RedisCommandSender {
  /** Whether commands can be sent now. */
  readonly isReady: boolean;
  /** The last connection error, to say why Redis is unavailable. */
  readonly lastError: Error | undefined;
  /** Resolves when the first connection attempt has succeeded or failed, or after `ms`. */
  firstAttempt(ms: number): Promise<void>;
  /** Called whenever the connection becomes ready again. */
  onReady(listener: () => void): void;
  close(): Promise<void>;
}

/**
 * Opens a connection to `url` in the background. Commands sent while it is down fail at once
 * (`disableOfflineQueue`) instead of waiting for a reconnection, so the caller can fall back
 * without delay; reconnection backs off from 50 ms to 2 s, with jitter so that many API
 * processes do not reconnect in step.
 */
export function openRedisConnection(url: string): RedisConnection {
  let lastError: Error | undefined;
  let settleFirstAttempt: () => void = () => undefined;
  const firstAttemptDone = new Promise<void>((resolve) => (settleFirstAttempt = resolve));

  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries) =>
        Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS) + Math.floor(Math.random() * 100),
    },
  });
  // Without a listener, node-redis's `error` events would crash the process.
  client.on('error', (error: unknown) => {
    lastError = error instanceof Error ? error : new Error(String(error));
    settleFirstAttempt();
  });
  client.on('ready', () => settleFirstAttempt());
  // Rejects only when the client is closed while connecting; errors are reported above.
  client.connect().catch(() => settleFirstAttempt());

  return {
    get isReady() {
      return client.isReady;
    },
    get lastError() {
      return lastError;
    },
    sendCommand: (args, options) => client.sendCommand(args, options),
    async firstAttempt(ms) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
      await Promise.race([firstAttemptDone, timeout]);
      clearTimeout(timer);
    },
    onReady(listener) {
      client.on('ready', listener);
    },
    async close() {
      if (!client.isOpen) return;
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), CLOSE_GRACE_MS);
      });
      // A command sent to a server that stopped answering keeps `close` waiting: drop it then.
      const closed = await Promise.race([client.close().then(() => true), grace]);
      clearTimeout(timer);
      if (!closed) client.destroy();
    },
  };
}
