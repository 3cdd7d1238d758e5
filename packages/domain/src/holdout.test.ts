import { describe, expect, it } from 'vitest';
import { holdoutFraction, isHeldOut } from './holdout';
import { profileIdFor } from './profile-id';

const anna = profileIdFor('anna'); // 191767a1-802f-5697-b1df-8d22dcc16e32

describe('holdoutFraction', () => {
  it("is the first 32 bits of md5(campaign id ':' profile id) over 2³², as SQL computes it", () => {
    // md5('spring:191767a1-…') = 505bfcce…; 0x505bfcce = 1348205774.
    expect(holdoutFraction('spring', anna)).toBe(1348205774 / 2 ** 32);
  });

  it('hashes the UTF-8 bytes of campaign ids beyond ASCII', () => {
    expect(holdoutFraction('Kampagne ü', anna)).not.toBe(holdoutFraction('Kampagne u', anna));
  });

  it('spreads people evenly over [0, 1)', () => {
    const fractions = Array.from({ length: 2000 }, (_, i) =>
      holdoutFraction('spring', profileIdFor(`person-${i}`)),
    );
    expect(fractions.every((f) => f >= 0 && f < 1)).toBe(true);
    const belowTenth = fractions.filter((f) => f < 0.1).length;
    expect(belowTenth).toBeGreaterThan(150);
    expect(belowTenth).toBeLessThan(250);
  });
});

describe('isHeldOut', () => {
  it('holds out exactly those whose fraction is below the share, the same way every time', () => {
    expect(isHeldOut('spring', anna, 0.31)).toBe(false);
    expect(isHeldOut('spring', anna, 0.32)).toBe(true);
    expect(isHeldOut('spring', anna, 0.32)).toBe(true);
    expect(isHeldOut('spring', anna, 0)).toBe(false);
  });
});
