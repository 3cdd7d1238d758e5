import { describe, expect, it } from 'vitest';
import { discreteLaplaceStandardDeviation } from './discrete-laplace';
import { noiseSeed } from './noise-seed';
import { releaseCount, roundToSignificantDigits, type ReleasedCount } from './release-count';
import { ReleasePolicy } from './release-policy';

const secret = new Uint8Array(32).fill(42);
const policy = ReleasePolicy.parse({ epsilonPerNumber: 0.5 });
const seedOf = (index: number, queryKey = 'question') =>
  noiseSeed({ secret, queryKey, index, epsilon: policy.epsilonPerNumber });

/** Partner releases of `trueCount` under `n` different seeds. */
function partnerReleases(trueCount: number, n: number, chosen = policy): ReleasedCount[] {
  return Array.from({ length: n }, (_, index) =>
    releaseCount({ trueCount, tier: 'partner', policy: chosen, seed: seedOf(index) }),
  );
}

describe('roundToSignificantDigits', () => {
  it('keeps the leading digits and rounds halves up', () => {
    expect(roundToSignificantDigits(12_345, 2)).toBe(12_000);
    expect(roundToSignificantDigits(12_500, 2)).toBe(13_000);
    expect(roundToSignificantDigits(987, 2)).toBe(990);
    expect(roundToSignificantDigits(996, 2)).toBe(1000);
    expect(roundToSignificantDigits(104, 1)).toBe(100);
    expect(roundToSignificantDigits(42, 5)).toBe(42);
    expect(roundToSignificantDigits(0, 2)).toBe(0);
  });
});

describe('releaseCount', () => {
  it('shows members the exact count', () => {
    for (const trueCount of [0, 1, 99, 12_345]) {
      expect(releaseCount({ trueCount, tier: 'member', policy, seed: seedOf(0) })).toEqual({
        kind: 'exact',
        value: trueCount,
      });
    }
  });

  it('gives a partner the same answer for the same seed', () => {
    const release = () =>
      releaseCount({ trueCount: 5000, tier: 'partner', policy, seed: seedOf(3) });
    expect(release()).toEqual(release());
  });

  it('shows partners noisy numbers rounded to the significant digits, with their ε', () => {
    const releases = partnerReleases(12_345, 200);
    const values = new Set<number>();
    for (const release of releases) {
      expect(release.kind).toBe('approximate');
      if (release.kind !== 'approximate') continue;
      expect(release.epsilon).toBe(0.5);
      expect(release.value % 1000).toBe(0);
      values.add(release.value);
    }
    // 12,345 ± a few: 12,000 nearly always; rounding hides the noise but not the size.
    expect([...values].every((v) => v >= 11_000 && v <= 13_000)).toBe(true);
  });

  it('adds noise of the chosen scale, centred on the true count', () => {
    const exactDigits = ReleasePolicy.parse({ epsilonPerNumber: 0.1, significantDigits: 15 });
    const n = 2000;
    const values = partnerReleases(10_000, n, exactDigits).map((r) =>
      r.kind === 'approximate' ? r.value : Number.NaN,
    );
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const sd = discreteLaplaceStandardDeviation(0.1);
    expect(Math.abs(mean - 10_000)).toBeLessThan((4 * sd) / Math.sqrt(n));
    expect(new Set(values).size).toBeGreaterThan(30);
  });

  it('applies the threshold to the noisy count, not the true one', () => {
    // At exactly the threshold, about half of the noisy counts fall below it: were the true
    // count compared, every one would pass, and one person more or less would flip the answer.
    const atThreshold = partnerReleases(100, 400);
    const below = atThreshold.filter((r) => r.kind === 'belowThreshold').length;
    expect(below).toBeGreaterThan(100);
    expect(below).toBeLessThan(300);
    // Just under it, some noisy counts pass and are shown.
    const justUnder = partnerReleases(99, 400);
    expect(justUnder.some((r) => r.kind === 'approximate')).toBe(true);
  });

  it('says only the threshold when the noisy count is below it, and never shows a negative', () => {
    const strict = ReleasePolicy.parse({ epsilonPerNumber: 0.5, minimumAudience: 0 });
    for (const release of partnerReleases(0, 200, strict)) {
      expect(release.kind).toBe('approximate');
      if (release.kind === 'approximate') expect(release.value).toBeGreaterThanOrEqual(0);
    }
    for (const release of partnerReleases(3, 50)) {
      expect(release).toEqual({ kind: 'belowThreshold', threshold: 100 });
    }
  });

  it('refuses a count that is not a whole number ≥ 0', () => {
    for (const trueCount of [-1, 1.5, Number.NaN]) {
      expect(() => releaseCount({ trueCount, tier: 'member', policy, seed: seedOf(0) })).toThrow(
        RangeError,
      );
    }
  });
});
