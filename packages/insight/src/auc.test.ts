import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auc } from './auc';

/** The definition, pair by pair: P(score of a responder > score of a non-responder), ties half. */
function pairwiseAuc(scores: number[], responded: number[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((s, i) => {
    if (!responded[i]) return;
    scores.forEach((t, j) => {
      if (responded[j]) return;
      pairs += 1;
      wins += s > t ? 1 : s === t ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

// Scores from a small set of values, so that ties are common; both classes present.
const labelledScores = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1 })), {
    minLength: 2,
    maxLength: 40,
  })
  .filter((rows) => rows.some(([, y]) => y === 1) && rows.some(([, y]) => y === 0));

describe('auc', () => {
  it('equals the pairwise definition, ties counting half', () => {
    fc.assert(
      fc.property(labelledScores, (rows) => {
        const scores = rows.map(([s]) => s);
        const responded = rows.map(([, y]) => y);
        expect(auc(scores, responded)).toBeCloseTo(pairwiseAuc(scores, responded), 12);
      }),
    );
  });

  it('depends only on the order of the scores', () => {
    fc.assert(
      fc.property(labelledScores, (rows) => {
        const scores = rows.map(([s]) => s);
        const responded = rows.map(([, y]) => y);
        const squashed = scores.map((s) => 1 / (1 + Math.exp(-3 * s + 2)));
        expect(auc(squashed, responded)).toBeCloseTo(auc(scores, responded), 12);
      }),
    );
  });

  it('is 1 for a perfect ranking, 0 for a reversed one and ½ when all scores tie', () => {
    expect(auc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(auc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(auc([0.3, 0.3, 0.3], [1, 0, 1])).toBe(0.5);
  });

  it('refuses data with one class only or mismatched lengths', () => {
    expect(() => auc([0.1, 0.2], [1, 1])).toThrow(RangeError);
    expect(() => auc([0.1, 0.2], [1])).toThrow(RangeError);
  });
});
