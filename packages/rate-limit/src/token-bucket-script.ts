import { createHash } from 'node:crypto';
import { UNITS_PER_TOKEN } from './token-bucket';

/**
 * `takeFromBucket` (token-bucket.ts) as one Redis script, so that reading, refilling and taking
 * are atomic across every API process, and timed by Redis's own clock so that processes whose
 * clocks disagree still share one refill rate. The bucket is a hash `{ units, at }` that expires
 * when it would be full again: an idle key leaves nothing behind.
 *
 * KEYS[1]: the bucket. ARGV[1]: capacity (tokens per minute). ARGV[2]: cost.
 * Returns `{ allowed (0 or 1), remaining whole tokens, retry after in ms (0 when allowed), the
 * time in ms the bucket was taken at }`; the last lets tests check the script against a model.
 *
 * Counts are whole numbers below 2^53 (see `MAX_CAPACITY`) and are written with `%.0f`, because
 * Lua's `tostring` keeps only 14 significant digits. Needs Redis 5 or later, where a script may
 * write after reading the time.
 */
export const TOKEN_BUCKET_SCRIPT = `
local UNITS_PER_TOKEN = ${UNITS_PER_TOKEN}
local capacity = tonumber(ARGV[1])
local cost = tonumber(ARGV[2])
local full = capacity * UNITS_PER_TOKEN
local needed = cost * UNITS_PER_TOKEN

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

local units = full
local stored = redis.call('HMGET', KEYS[1], 'units', 'at')
local storedUnits, storedAt = tonumber(stored[1]), tonumber(stored[2])
if storedUnits and storedAt then
  if now < storedAt then now = storedAt end
  local elapsed = math.min(now - storedAt, UNITS_PER_TOKEN)
  units = math.min(full, storedUnits + elapsed * capacity)
end

if units < needed then
  return { 0, math.floor(units / UNITS_PER_TOKEN), math.ceil((needed - units) / capacity), now }
end

local left = units - needed
redis.call('HSET', KEYS[1], 'units', string.format('%.0f', left), 'at', string.format('%.0f', now))
-- PEXPIRE counts from the time the script started, which may be a millisecond before 'now':
-- one more millisecond makes sure the key never vanishes before the bucket is full.
local untilFull = math.ceil((full - left) / capacity) + 1
redis.call('PEXPIRE', KEYS[1], string.format('%.0f', untilFull))
return { 1, math.floor(left / UNITS_PER_TOKEN), 0, now }
`;

/** The script's SHA-1, as EVALSHA expects it. */
export const TOKEN_BUCKET_SCRIPT_SHA = createHash('sha1').update(TOKEN_BUCKET_SCRIPT).digest('hex');
