import { beforeAll, expect, it } from 'vitest';
import { demoDesign } from '../test/support/demo-design';
import { EXAMPLE_VARIANT_IDS, exampleTruth } from '../test/support/example-truth';
import { indexesWhere } from './design-matrix';
import {
  drawCampaign,
  HELD_OUT,
  trueProbabilities,
  trueUplift,
  type TrueProbabilities,
} from './synthetic-outcomes';
import { upliftBySegment } from './uplift';

/*
 * Repeats one experiment 200 times: the same 12,000 demo people, a fresh random holdout (30%)
 * and fresh outcomes per seed, and per urbanity segment a 95% interval for the uplift. The
 * truth is the mean over the segment of each person's true sent-minus-held-out probability.
 */
const RUNS = 200;
let segments: string[];
let truth: TrueProbabilities;
let upliftBySegmentTruth: Map<string, number>;

beforeAll(() => {
  const { profiles, design } = demoDesign(99, 12_000);
  segments = profiles.map((p) => String(p.attributes.urbanity ?? '(missing)'));
  truth = trueProbabilities(design, exampleTruth, EXAMPLE_VARIANT_IDS);
  upliftBySegmentTruth = new Map(
    [...new Set(segments)].map((segment) => [
      segment,
      trueUplift(
        truth,
        indexesWhere(segments.length, (i) => segments[i] === segment),
      ),
    ]),
  );
}, 120_000);

it('is a valid experiment: the uplift exists and differs by segment', () => {
  const uplifts = upliftBySegmentTruth;
  expect([...uplifts.keys()].sort()).toEqual(['rural', 'suburban', 'urban']);
  for (const value of uplifts.values()) expect(value).toBeGreaterThan(0.01);
  // The local framing works in the countryside, so rural people gain more than urban ones.
  expect(uplifts.get('rural')! - uplifts.get('urban')!).toBeGreaterThan(0.01);
});

it('covers the true uplift with 95% intervals in 92–98% of 600 segment runs', () => {
  let covered = 0;
  let intervals = 0;
  for (let seed = 1; seed <= RUNS; seed += 1) {
    const campaign = drawCampaign(truth, { holdoutShare: 0.3, seed });
    const results = upliftBySegment({
      segments,
      sent: Array.from(campaign.arm, (arm) => arm !== HELD_OUT),
      responded: campaign.responded,
    });
    for (const { segment, interval } of results) {
      const target = upliftBySegmentTruth.get(segment)!;
      intervals += 1;
      if (interval && interval.lower <= target && target <= interval.upper) covered += 1;
    }
  }
  expect(intervals).toBe(3 * RUNS);
  // With 600 intervals the observed rate has a standard error of 0.9 points around 95%, so
  // this allows about three either way;
  // intervals that were systematically too narrow or too wide would land outside.
  const rate = covered / intervals;
  expect(rate).toBeGreaterThanOrEqual(0.92);
  expect(rate).toBeLessThanOrEqual(0.98);
});
