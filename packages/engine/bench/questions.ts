import type { Campaign, SegmentRule } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';

/** The instant every benchmark population's history ends at, and the questions are asked. */
export const BENCH_AS_OF = new Date('2026-06-01T00:00:00Z');
export const BENCH_SEED = 7;

/** Range + enum set + interest + reachable + NOT, the "5-condition segment". */
export const fiveConditions: SegmentRule = {
  and: [
    { attribute: { key: 'age', op: 'between', min: 25, max: 40 } },
    { attribute: { key: 'region', op: 'in', values: ['BY', 'BW', 'HE'] } },
    { interest: { topic: 'climate', minAffinity: 0.5 } },
    { reachable: { channel: 'email' } },
    { not: { event: { type: 'purchase', withinDays: 30, atLeast: 1 } } },
  ],
};

export const eventWindow: SegmentRule = {
  event: { type: 'web_visit', withinDays: 90, atLeast: 2 },
};

/** Ten segments for the overlap matrix: the saved demo segments and three ad-hoc rules. */
export const tenRules: SegmentRule[] = [
  ...Object.values(DEMO_SEGMENT_IDS).map((id): SegmentRule => ({ segment: { id } })),
  fiveConditions,
  eventWindow,
  {
    and: [{ attribute: { key: 'age', op: 'gte', value: 65 } }, { reachable: { channel: 'post' } }],
  },
];

/** Composed by region, a 16-value enum. */
export const compositionSegment: SegmentRule = {
  segment: { id: DEMO_SEGMENT_IDS.familiesNotMembers },
};
export const compositionKey = 'region';

/** 3 include, 1 exclude, 3 channels, holdout and frequency cap. */
export const campaign: Campaign = {
  id: 'bench-campaign',
  name: 'Bench',
  purpose: 'civic',
  includeSegmentIds: [
    DEMO_SEGMENT_IDS.youngUrbanClimate,
    DEMO_SEGMENT_IDS.bavarianFootballFans,
    DEMO_SEGMENT_IDS.olderRuralGardeners,
  ],
  excludeSegmentIds: [DEMO_SEGMENT_IDS.lapsedDonors],
  channels: [
    { channel: 'email', costPerContact: 0.01, priority: 0 },
    { channel: 'sms', costPerContact: 0.09, priority: 1 },
    { channel: 'post', costPerContact: 0.8, priority: 2 },
  ],
  variants: [],
  holdoutShare: 0.1,
  frequencyCap: { maxMessages: 2, perDays: 7 },
  budget: { amount: 5000, currency: 'EUR' },
};

/** The five questions every path answers, by the name the report prints. */
export const QUESTIONS = [
  '5-condition count',
  'event-window count',
  '10×10 overlap',
  'composition by region',
  'reach (3 in, 1 out, 3 ch)',
] as const;
export type Question = (typeof QUESTIONS)[number];

/** How a path answers a question: the whole answer (or a promise of it), compared across paths. */
export type AnswerOf = (question: Question) => unknown;
