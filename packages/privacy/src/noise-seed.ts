import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** Shortest workspace secret accepted: 32 bytes, the output size of SHA-256. */
export const MIN_SECRET_BYTES = 32;

/** What one released number's noise is derived from. */
export interface NoiseSeedInput {
  /** The workspace's noise secret, at least 32 random bytes, never shown to anyone. */
  secret: Uint8Array;
  /** The canonical key of the question (`queryKey`). */
  queryKey: string;
  /** Which of the question's numbers this is, 0 for the first. */
  index: number;
  /** The ε the number is released with. */
  epsilon: number;
}

/**
 * The 32-byte seed of the noise on one released number:
 * HMAC-SHA256(secret, [queryKey, index, epsilon]).
 *
 * Why deterministic: the same question gets the same noisy answer every time, so asking it
 * again and averaging gains nothing (with fresh noise, n repeats would shrink the noise by
 * √n). Why keyed with a secret: a plain hash of the question would let anyone recompute the
 * noise and subtract it. Why ε is in the message: the same question released at another ε
 * gets independent noise, so the two releases compose like any other two (correlated noise at
 * two scales could cancel out).
 */
export function noiseSeed({ secret, queryKey, index, epsilon }: NoiseSeedInput): Uint8Array {
  if (secret.length < MIN_SECRET_BYTES) {
    throw new RangeError(
      `the noise secret must have at least ${MIN_SECRET_BYTES} bytes; got ${secret.length}`,
    );
  }
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`the index of a released number must be a whole number ≥ 0; got ${index}`);
  }
  // JSON of an array is unambiguous where plain concatenation is not ("a1" + 2 = "a" + 12).
  const message = JSON.stringify([queryKey, index, epsilon]);
  return hmac(sha256, secret, utf8ToBytes(message));
}
