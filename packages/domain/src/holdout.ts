import { md5 } from '@noble/hashes/legacy.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Where a person falls in a campaign's holdout draw, in `[0, 1)`: the first 32 bits of
 * `md5(campaignId + ':' + profileId)` divided by 2³². Deterministic, so repeated estimates
 * and the real send agree, and computable in SQL as
 * `('x' || substr(md5(…), 1, 8))::bit(32)::bigint / 4294967296`. Different campaigns draw
 * independent holdouts; md5 serves as a uniform spreader here, not for security.
 */
export function holdoutFraction(campaignId: string, profileId: string): number {
  const digest = md5(utf8ToBytes(`${campaignId}:${profileId}`));
  const first32 = ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
  return first32 / 2 ** 32;
}

/** Whether a person is kept back unsent: their `holdoutFraction` is below `holdoutShare`. */
export function isHeldOut(campaignId: string, profileId: string, holdoutShare: number): boolean {
  return holdoutShare > 0 && holdoutFraction(campaignId, profileId) < holdoutShare;
}
