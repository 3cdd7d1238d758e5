import type { RateLimiter } from '@pinpoint/rate-limit';
import { AuthError, type Caller } from './authenticate';

/**
 * Takes one request from the caller's token bucket (sized by their key's requests a minute),
 * or refuses with 429 and how long to wait. The local operator has no limit.
 */
export async function admitRequest(limiter: RateLimiter, caller: Caller): Promise<void> {
  const { principal, rateLimitPerMinute } = caller;
  if (rateLimitPerMinute === null || principal.id === null) return;
  const taken = await limiter.take(`key:${principal.id}`, {
    capacity: rateLimitPerMinute,
    cost: 1,
  });
  if (taken.allowed) return;
  const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
  throw new AuthError(
    429,
    'RATE_LIMITED',
    `this key may make ${rateLimitPerMinute} requests a minute; try again in ${seconds} s`,
    { 'retry-after': String(seconds) },
  );
}
