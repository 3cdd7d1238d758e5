import { compareCodePoints } from '@pinpoint/domain';
import { type Interval, newcombeDifferenceInterval } from './proportion-interval';
import type { SendOutcome } from './send-outcome';

/** How one group of people did: how many, how many responded, and the rate (null if none). */
export interface ResponseCount {
  readonly people: number;
  readonly responses: number;
  readonly rate: number | null;
}

/** The campaign's measured effect in one segment. */
export interface SegmentUplift {
  readonly segment: string;
  readonly sent: ResponseCount;
  readonly heldOut: ResponseCount;
  /** Sent rate minus held-out rate: responses caused per person sent. Null if either group is empty. */
  readonly uplift: number | null;
  /** Newcombe's hybrid score interval for the uplift at `confidence`; null if either group is empty. */
  readonly interval: Interval | null;
  readonly confidence: number;
}

/** Per person: their segment, whether they were sent (else held out), and whether they responded. */
export interface UpliftInput {
  readonly segments: readonly string[];
  readonly sent: ArrayLike<number | boolean>;
  readonly responded: ArrayLike<number | boolean>;
  /** Confidence level of the intervals (default 0.95). */
  readonly confidence?: number;
}

const countOf = (people: number, responses: number): ResponseCount => ({
  people,
  responses,
  rate: people === 0 ? null : responses / people,
});

/**
 * Uplift per segment: the response rate of the people sent minus that of the people held out,
 * with a confidence interval and the counts behind it, segments in code-point order. The
 * holdout is what makes this causal: it shows what the same kind of people did unprompted.
 * The interval is Newcombe's hybrid score interval rather than Wald's, because segments are
 * often small and response rates low, exactly where Wald's interval covers too rarely.
 */
export function upliftBySegment(input: UpliftInput): SegmentUplift[] {
  const { segments, sent, responded, confidence = 0.95 } = input;
  if (sent.length !== segments.length || responded.length !== segments.length) {
    throw new RangeError(
      `expected one entry per person in each list: ${segments.length} segments, ${sent.length} sent flags, ${responded.length} outcomes`,
    );
  }
  const tallies = new Map<string, { s: number; sr: number; h: number; hr: number }>();
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]!;
    let tally = tallies.get(segment);
    if (!tally) tallies.set(segment, (tally = { s: 0, sr: 0, h: 0, hr: 0 }));
    const hit = responded[i] ? 1 : 0;
    if (sent[i]) {
      tally.s += 1;
      tally.sr += hit;
    } else {
      tally.h += 1;
      tally.hr += hit;
    }
  }
  return [...tallies.keys()].sort(compareCodePoints).map((segment) => {
    const { s, sr, h, hr } = tallies.get(segment)!;
    const measurable = s > 0 && h > 0;
    return {
      segment,
      sent: countOf(s, sr),
      heldOut: countOf(h, hr),
      uplift: measurable ? sr / s - hr / h : null,
      interval: measurable ? newcombeDifferenceInterval(sr, s, hr, h, confidence) : null,
      confidence,
    };
  });
}

/** `upliftBySegment` over recorded outcomes, with each person's segment looked up by profile id. */
export function upliftFromOutcomes(
  outcomes: readonly Pick<SendOutcome, 'profileId' | 'variantId' | 'responded'>[],
  segmentOf: (profileId: string) => string,
  confidence = 0.95,
): SegmentUplift[] {
  return upliftBySegment({
    segments: outcomes.map((outcome) => segmentOf(outcome.profileId)),
    sent: outcomes.map((outcome) => outcome.variantId !== null),
    responded: outcomes.map((outcome) => outcome.responded),
    confidence,
  });
}
