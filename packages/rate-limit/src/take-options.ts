import { z } from 'zod';

/**
 * The largest capacity a bucket may have. Tokens are counted in 1/60 000ths (see
 * `token-bucket.ts`), so a full bucket holds `capacity * 60 000` units; this bound keeps every
 * count an exact integer in a double, in JavaScript and in Redis's Lua alike.
 */
export const MAX_CAPACITY = 1_000_000_000;

/**
 * What one request asks of its key's bucket. `capacity` is the key's requests per minute (the
 * bucket holds that many tokens and refills at `capacity / 60` per second); `cost` is how many
 * tokens this request takes (1 for most, more for an expensive audience question). `now`, in
 * milliseconds, is for the in-process limiter only (tests, replay); Redis always uses its own
 * clock.
 */
export const TakeOptions = z
  .object({
    capacity: z
      .number({ error: 'expected a number of requests per minute' })
      .int('expected a whole number of requests per minute')
      .min(1, 'expected at least 1 request per minute')
      .max(MAX_CAPACITY, `expected at most ${MAX_CAPACITY} requests per minute`),
    cost: z
      .number({ error: 'expected a number of tokens' })
      .int('expected a whole number of tokens')
      .min(1, 'expected at least 1 token'),
    now: z.number({ error: 'expected a time in milliseconds' }).optional(),
  })
  .refine((options) => options.cost <= options.capacity, {
    path: ['cost'],
    message: 'expected at most the capacity: a bucket never holds more tokens than that',
  });
export type TakeOptions = z.infer<typeof TakeOptions>;

/**
 * The bucket's answer. `remaining` is the whole tokens left after this request (before it, when
 * refused). A refusal says when the same request would be allowed if nothing else is taken in
 * between: `retryAfterMs` is at least 1 and exact to the millisecond.
 */
export type TakeResult =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterMs: number; remaining: number };

/**
 * Checks a caller's options. Invalid options are a bug in the caller (a plan with 0 requests per
 * minute, a cost above the capacity that could never be allowed), so this throws a `RangeError`
 * naming the field rather than answering with a refusal nobody could act on.
 */
export function parseTakeOptions(key: string, options: TakeOptions): TakeOptions {
  if (key.length === 0) throw new RangeError('take key: expected a non-empty key');
  const parsed = TakeOptions.safeParse(options);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `take options${path ? `.${path}` : ''}: ${issue.message}`;
  });
  throw new RangeError(issues.join('; '));
}
