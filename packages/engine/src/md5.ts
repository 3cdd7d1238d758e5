/**
 * MD5 over a byte buffer, returning only the first 32 bits of the digest read big-endian:
 * the holdout draw of SEMANTICS.md. Written against preallocated arrays because a reach
 * estimate may hash millions of `campaignId:profileId` texts, where a general-purpose hash
 * allocating per call costs several times more.
 */
const SHIFTS = [
  7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14,
  20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6,
  10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];
const K = Int32Array.from({ length: 64 }, (_, i) =>
  Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32),
);
const words = new Int32Array(16);

/** Little-endian word `w` of block `block` of the padded message. */
function wordAt(bytes: Uint8Array, length: number, at: number): number {
  if (at + 3 < length)
    return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
  let word = 0;
  for (let j = 3; j >= 0; j -= 1) {
    const i = at + j;
    word = (word << 8) | (i < length ? bytes[i]! : i === length ? 0x80 : 0);
  }
  return word;
}

const rotate = (x: number, s: number) => (x << s) | (x >>> (32 - s));

/** The first 32 bits (big-endian) of `md5(bytes[0..length))`. */
export function md5First32(bytes: Uint8Array, length: number): number {
  let a0 = 0x67452301;
  let b0 = 0xefcdab89 | 0;
  let c0 = 0x98badcfe | 0;
  let d0 = 0x10325476;
  const blocks = Math.floor((length + 8) / 64) + 1;
  for (let block = 0; block < blocks; block += 1) {
    for (let w = 0; w < 16; w += 1) words[w] = wordAt(bytes, length, block * 64 + w * 4);
    if (block === blocks - 1) {
      words[14] = (length * 8) | 0;
      words[15] = Math.floor((length * 8) / 2 ** 32);
    }
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    // The four rounds as four loops: no per-step branching on the round.
    for (let i = 0; i < 16; i += 1) {
      const f = (a + ((b & c) | (~b & d)) + K[i]! + words[i]!) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + rotate(f, SHIFTS[i]!)) | 0;
    }
    for (let i = 16; i < 32; i += 1) {
      const f = (a + ((d & b) | (~d & c)) + K[i]! + words[(5 * i + 1) & 15]!) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + rotate(f, SHIFTS[i]!)) | 0;
    }
    for (let i = 32; i < 48; i += 1) {
      const f = (a + (b ^ c ^ d) + K[i]! + words[(3 * i + 5) & 15]!) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + rotate(f, SHIFTS[i]!)) | 0;
    }
    for (let i = 48; i < 64; i += 1) {
      const f = (a + (c ^ (b | ~d)) + K[i]! + words[(7 * i) & 15]!) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + rotate(f, SHIFTS[i]!)) | 0;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  // The digest starts with a0's bytes, least significant first.
  return (
    (((a0 & 0xff) << 24) |
      (((a0 >>> 8) & 0xff) << 16) |
      (((a0 >>> 16) & 0xff) << 8) |
      (a0 >>> 24)) >>>
    0
  );
}
