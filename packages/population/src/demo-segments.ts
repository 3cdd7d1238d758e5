import type { Segment, SegmentLookup } from '@pinpoint/domain';

/** Fixed ids of the demo segments, so that links, fixtures and tests can name them. */
export const DEMO_SEGMENT_IDS = {
  youngUrbanClimate: '5e600000-0000-4000-8000-000000000001',
  bavarianFootballFans: '5e600000-0000-4000-8000-000000000002',
  lapsedDonors: '5e600000-0000-4000-8000-000000000003',
  olderRuralGardeners: '5e600000-0000-4000-8000-000000000004',
  easternOutdoorClimate: '5e600000-0000-4000-8000-000000000005',
  familiesNotMembers: '5e600000-0000-4000-8000-000000000006',
  lapsedDonorsByEmail: '5e600000-0000-4000-8000-000000000007',
} as const;

const ids = DEMO_SEGMENT_IDS;

/**
 * Named audiences over `demoCatalog`, each selecting a visible share of the demo population.
 * Together they exercise every kind of rule node: attributes (between, eq, gte, in),
 * interests, event windows, reachability, `or`, `not` and a reference to another segment.
 */
export const demoSegments: readonly Segment[] = [
  {
    id: ids.youngUrbanClimate,
    name: 'Young urban climate-minded',
    description: '18 to 34, living in a city, strongly interested in climate, reachable by email.',
    rule: {
      and: [
        { attribute: { key: 'age', op: 'between', min: 18, max: 34 } },
        { attribute: { key: 'urbanity', op: 'eq', value: 'urban' } },
        { interest: { topic: 'climate', minAffinity: 0.6 } },
        { reachable: { channel: 'email' } },
      ],
    },
  },
  {
    id: ids.bavarianFootballFans,
    name: 'Bavarian football fans',
    description: 'Living in Bavaria with a real interest in football.',
    rule: {
      and: [
        { attribute: { key: 'region', op: 'eq', value: 'BY' } },
        { interest: { topic: 'football', minAffinity: 0.5 } },
      ],
    },
  },
  {
    id: ids.lapsedDonors,
    name: 'Lapsed donors',
    description: 'Donated in the last year, but not in the last 90 days.',
    rule: {
      and: [
        { event: { type: 'donation', withinDays: 365, atLeast: 1 } },
        { event: { type: 'donation', withinDays: 90, atMost: 0 } },
      ],
    },
  },
  {
    id: ids.olderRuralGardeners,
    name: 'Older rural gardeners',
    description: '60 and over, living in the countryside, keen gardeners.',
    rule: {
      and: [
        { attribute: { key: 'age', op: 'gte', value: 60 } },
        { attribute: { key: 'urbanity', op: 'eq', value: 'rural' } },
        { interest: { topic: 'gardening', minAffinity: 0.5 } },
      ],
    },
  },
  {
    id: ids.easternOutdoorClimate,
    name: 'Eastern outdoor and climate fans',
    description: 'In the five eastern Länder, into hiking or climate.',
    rule: {
      and: [
        { attribute: { key: 'region', op: 'in', values: ['BB', 'MV', 'SN', 'ST', 'TH'] } },
        {
          or: [
            { interest: { topic: 'outdoor', minAffinity: 0.5 } },
            { interest: { topic: 'climate', minAffinity: 0.5 } },
          ],
        },
      ],
    },
  },
  {
    id: ids.familiesNotMembers,
    name: 'Families not yet members',
    description:
      'Households with children who are not members (or whose membership is unknown), reachable by post.',
    rule: {
      and: [
        { attribute: { key: 'household_type', op: 'in', values: ['family', 'single_parent'] } },
        { not: { attribute: { key: 'member', op: 'eq', value: true } } },
        { reachable: { channel: 'post' } },
      ],
    },
  },
  {
    id: ids.lapsedDonorsByEmail,
    name: 'Lapsed donors reachable by email',
    description:
      'The "Lapsed donors" segment, narrowed to people we may email: the win-back mailing list.',
    rule: { and: [{ segment: { id: ids.lapsedDonors } }, { reachable: { channel: 'email' } }] },
  },
];

/** Finds a demo segment by id: the lookup that rule validation and evaluation need for references. */
export const demoSegmentLookup: SegmentLookup = (id) =>
  demoSegments.find((segment) => segment.id === id);
