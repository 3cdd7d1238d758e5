import { describe, expect, it } from 'vitest';
import { noiseSeed } from './noise-seed';

const secret = new Uint8Array(32).fill(7);
const base = {
  secret,
  queryKey: '{"rule":{"reachable":{"channel":"email"}}}',
  index: 0,
  epsilon: 0.5,
};
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('noiseSeed', () => {
  it('gives 32 bytes, the same for the same number of the same question', () => {
    expect(noiseSeed(base)).toHaveLength(32);
    expect(hex(noiseSeed(base))).toBe(hex(noiseSeed({ ...base })));
  });

  it('differs with the secret, the question, the index and ε', () => {
    const seeds = [
      noiseSeed(base),
      noiseSeed({ ...base, secret: new Uint8Array(32).fill(8) }),
      noiseSeed({ ...base, queryKey: `${base.queryKey} ` }),
      noiseSeed({ ...base, index: 1 }),
      noiseSeed({ ...base, epsilon: 0.25 }),
    ];
    expect(new Set(seeds.map(hex)).size).toBe(seeds.length);
  });

  it('does not confuse a key ending in digits with a larger index', () => {
    const a = noiseSeed({ ...base, queryKey: 'q1', index: 2 });
    const b = noiseSeed({ ...base, queryKey: 'q', index: 12 });
    expect(hex(a)).not.toBe(hex(b));
  });

  it('refuses a secret shorter than 32 bytes and a bad index', () => {
    expect(() => noiseSeed({ ...base, secret: new Uint8Array(16) })).toThrow(/at least 32 bytes/);
    expect(() => noiseSeed({ ...base, index: -1 })).toThrow(RangeError);
    expect(() => noiseSeed({ ...base, index: 0.5 })).toThrow(RangeError);
  });
});
