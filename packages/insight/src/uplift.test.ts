import { describe, expect, it } from 'vitest';
import { newcombeDifferenceInterval } from './proportion-interval';
import { upliftBySegment, upliftFromOutcomes } from './uplift';

describe('upliftBySegment', () => {
  it('counts sent and held-out people per segment and takes the difference of their rates', () => {
    const rows: [string, boolean, boolean][] = [
      ['b', true, true],
      ['b', true, false],
      ['b', true, true],
      ['b', false, false],
      ['b', false, true],
      ['a', true, false],
      ['a', false, false],
      ['a', true, true],
    ];
    const results = upliftBySegment({
      segments: rows.map(([s]) => s),
      sent: rows.map(([, sent]) => sent),
      responded: rows.map(([, , responded]) => responded),
    });
    expect(results.map((r) => r.segment)).toEqual(['a', 'b']);
    const b = results[1]!;
    expect(b.sent).toEqual({ people: 3, responses: 2, rate: 2 / 3 });
    expect(b.heldOut).toEqual({ people: 2, responses: 1, rate: 1 / 2 });
    expect(b.uplift).toBeCloseTo(2 / 3 - 1 / 2, 12);
    expect(b.interval).toEqual(newcombeDifferenceInterval(2, 3, 1, 2));
    expect(results[0]!.uplift).toBeCloseTo(1 / 2 - 0, 12);
  });

  it('has no uplift for a segment without held-out people', () => {
    const [only] = upliftBySegment({ segments: ['x', 'x'], sent: [1, 1], responded: [1, 0] });
    expect(only!.heldOut.rate).toBeNull();
    expect(only!.uplift).toBeNull();
    expect(only!.interval).toBeNull();
  });

  it('reads recorded outcomes, null variant meaning held out', () => {
    const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
    const results = upliftFromOutcomes(
      [
        { profileId: id(1), variantId: 'v', responded: true },
        { profileId: id(2), variantId: null, responded: false },
        { profileId: id(3), variantId: 'w', responded: false },
      ],
      () => 'all',
    );
    expect(results).toHaveLength(1);
    expect(results[0]!.sent).toEqual({ people: 2, responses: 1, rate: 0.5 });
    expect(results[0]!.heldOut).toEqual({ people: 1, responses: 0, rate: 0 });
  });

  it('refuses lists of different lengths', () => {
    expect(() => upliftBySegment({ segments: ['a'], sent: [1, 0], responded: [1] })).toThrow(
      RangeError,
    );
  });
});
