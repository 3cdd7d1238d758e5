import { holdoutFraction } from '@pinpoint/domain';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { md5First32 } from './md5';

describe('md5First32', () => {
  it('agrees with the reference holdout draw for any campaign id and profile id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.uuid(), (campaign, id) => {
        const bytes = new TextEncoder().encode(`${campaign}:${id}`);
        expect(md5First32(bytes, bytes.length) / 2 ** 32).toBe(holdoutFraction(campaign, id));
      }),
      { numRuns: 300 },
    );
  });

  it('pads correctly at every block boundary', () => {
    for (const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 200]) {
      const bytes = new TextEncoder().encode('x'.repeat(length));
      const expected = createHash('md5').update(bytes).digest().readUInt32BE(0);
      expect(md5First32(bytes, bytes.length)).toBe(expected);
    }
  });
});
