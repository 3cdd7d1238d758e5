import { loadAudienceContext, readWorkspaceProfiles } from '@pinpoint/db';
import {
  compositionOf,
  DEFAULT_WORKSPACE_ID,
  overlapOf,
  type Profile,
  type SegmentRule,
} from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AudienceContext } from '@pinpoint/db';
import { apiTargets, startTestServer, TEST_AS_OF, type TestServer } from '../testing/test-server';

const AS_OF = TEST_AS_OF.toISOString();
const ids = Object.values(DEMO_SEGMENT_IDS);

describe.each(apiTargets())('sizes, overlaps and compositions on $name', ({ target, index }) => {
  let api: TestServer;
  let profiles: Profile[];
  let context: AudienceContext;

  beforeAll(async () => {
    api = await startTestServer(target, { index: index ? {} : undefined });
    profiles = await readWorkspaceProfiles(api.db, DEFAULT_WORKSPACE_ID);
    context = await loadAudienceContext(api.db, DEFAULT_WORKSPACE_ID, TEST_AS_OF);
  }, 120_000);
  afterAll(() => api.close());

  it('sizes a draft rule exactly, with population, share and source', async () => {
    const response = await api.graphql<{ segmentSize: Record<string, unknown> }>(
      `{ segmentSize(asOf: "${AS_OF}", segment: { rule: { and: [
          { attribute: { key: "age", op: gte, value: 50 } },
          { reachable: { channel: email } } ] } }) {
        __typename ... on SegmentSize { size population share source { engine asOf } } } }`,
    );
    const rule: SegmentRule = {
      and: [
        { attribute: { key: 'age', op: 'gte', value: 50 } },
        { reachable: { channel: 'email' } },
      ],
    };
    const expected = overlapOf(profiles, [rule], context);
    if (!expected.ok) throw new Error('reference failed');
    expect(response.data?.segmentSize).toEqual({
      __typename: 'SegmentSize',
      size: expected.value.sizes[0],
      population: profiles.length,
      share: (expected.value.sizes[0] ?? 0) / profiles.length,
      source: { engine: index ? 'index' : 'sql', asOf: AS_OF },
    });
  });

  it('reports an unknown saved segment by path', async () => {
    const response = await api.graphql<{ segmentSize: unknown }>(
      '{ segmentSize(segment: { id: "missing" }) { ... on InputErrors { issues { path code } } } }',
    );
    expect(response.data?.segmentSize).toEqual({
      issues: [{ path: 'segment.segment.id', code: 'unknown_segment' }],
    });
  });

  it('sizes many rules in one field, in order, each like the reference; an invalid one by its index', async () => {
    const rules: SegmentRule[] = [
      { attribute: { key: 'age', op: 'gte', value: 50 } },
      {
        or: [
          { reachable: { channel: 'sms' } },
          { interest: { topic: 'climate', minAffinity: 0.5 } },
        ],
      },
      { not: { attribute: { key: 'region', op: 'in', values: ['BY', 'BE'] } } },
    ];
    const segments = [
      ...rules.map((rule) => ({ rule })),
      { rule: { attribute: { key: 'shoe_size', op: 'gte', value: 42 } } },
      { id: DEMO_SEGMENT_IDS.lapsedDonors },
    ];
    const response = await api.graphql<{ segmentSizes: Record<string, unknown>[] }>(
      `query ($segments: [SegmentRef!]!) { segmentSizes(asOf: "${AS_OF}", segments: $segments) {
        __typename ... on SegmentSize { size population share source { engine asOf } }
        ... on InputErrors { issues { path code } } } }`,
      { segments },
    );
    const expected = overlapOf(
      profiles,
      [...rules, { segment: { id: DEMO_SEGMENT_IDS.lapsedDonors } }],
      context,
    );
    if (!expected.ok) throw new Error('reference failed');
    const sized = (size: number | undefined) => ({
      __typename: 'SegmentSize',
      size,
      population: profiles.length,
      share: (size ?? 0) / profiles.length,
      source: { engine: index ? 'index' : 'sql', asOf: AS_OF },
    });
    const [first, second, third, fourth] = expected.value.sizes;
    expect(response.data?.segmentSizes).toEqual([
      sized(first),
      sized(second),
      sized(third),
      {
        __typename: 'InputErrors',
        issues: [{ path: 'segments[3].attribute.key', code: 'unknown_attribute' }],
      },
      sized(fourth),
    ]);
  });

  it('counts the sizes of many rules in one pass, and answers an empty list without counting', async () => {
    const ask = (n: number) =>
      api.graphql<{ segmentSizes: { size: number }[] }>(
        'query ($segments: [SegmentRef!]!) { segmentSizes(segments: $segments) { ... on SegmentSize { size } } }',
        {
          segments: Array.from({ length: n }, (_, i) => ({
            rule: { attribute: { key: 'age', op: 'gte', value: 20 + i } },
          })),
        },
      );
    api.resetQueryCount();
    const two = await ask(2);
    const queriesForTwo = api.queryCount();
    api.resetQueryCount();
    const twenty = await ask(20);
    expect(two.data?.segmentSizes).toHaveLength(2);
    expect(twenty.data?.segmentSizes.map((s) => s.size).slice(0, 2)).toEqual(
      two.data?.segmentSizes.map((s) => s.size),
    );
    // On SQL the number of database queries does not grow with the rules (the index needs none).
    if (!index) expect(api.queryCount()).toBe(queriesForTwo);
    expect((await ask(0)).data?.segmentSizes).toEqual([]);
  });

  it('refuses more than 20 rules in one segmentSizes field', async () => {
    const refs = Array.from({ length: 21 }, () => `{ id: "${ids[0]}" }`).join(', ');
    const response = await api.graphql(`{ segmentSizes(segments: [${refs}]) { __typename } }`);
    expect(response.errors?.[0]).toMatchObject({
      message: 'segmentSizes counts at most 20 segments, got 21',
      extensions: { code: 'LIMIT_EXCEEDED' },
    });
  });

  it('answers the overlap matrix of the demo segments like the in-memory evaluator', async () => {
    const refs = ids.map((id) => `{ id: "${id}" }`).join(', ');
    const response = await api.graphql<{ segmentOverlap: Record<string, unknown> }>(
      `{ segmentOverlap(asOf: "${AS_OF}", segments: [${refs}]) { __typename
        ... on SegmentOverlap { sizes intersections union population } } }`,
    );
    const expected = overlapOf(
      profiles,
      ids.map((id): SegmentRule => ({ segment: { id } })),
      context,
    );
    if (!expected.ok) throw new Error('reference failed');
    expect(response.data?.segmentOverlap).toEqual({
      __typename: 'SegmentOverlap',
      ...expected.value,
    });
    expect(expected.value.union).toBeGreaterThan(Math.max(...expected.value.sizes));
  });

  it('refuses more than 20 segments in an overlap', async () => {
    const refs = Array.from({ length: 21 }, () => `{ id: "${ids[0]}" }`).join(', ');
    const response = await api.graphql(`{ segmentOverlap(segments: [${refs}]) { __typename } }`);
    expect(response.errors?.[0]).toMatchObject({
      message: 'segmentOverlap compares 1 to 20 segments, got 21',
      extensions: { code: 'LIMIT_EXCEEDED' },
    });
  });

  it('breaks a segment down by region and by bucketed age with lift, as the reference does', async () => {
    for (const [attribute, buckets] of [
      ['region', null],
      ['age', null],
      ['age', [18, 30, 45, 65]],
      ['member', null],
    ] as const) {
      const response = await api.graphql<{ segmentComposition: Record<string, unknown> }>(
        `query ($buckets: [Float!]) { segmentComposition(asOf: "${AS_OF}", segment: { id: "${DEMO_SEGMENT_IDS.lapsedDonors}" },
          attribute: "${attribute}", buckets: $buckets) { __typename
          ... on Composition { segmentSize population attribute { key }
            rows { kind label value from to segmentCount segmentShare populationCount populationShare lift } } } }`,
        { buckets },
      );
      const expected = compositionOf(
        profiles,
        { segment: { id: DEMO_SEGMENT_IDS.lapsedDonors } },
        attribute,
        context,
        buckets ? { edges: buckets } : {},
      );
      if (!expected.ok) throw new Error('reference failed');
      const { attribute: definition, ...rest } = expected.value;
      expect(response.data?.segmentComposition).toEqual({
        __typename: 'Composition',
        attribute: { key: definition.key },
        ...rest,
      });
    }
  });

  it('describes the population of an attribute for value pickers, and names unknown attributes', async () => {
    const response = await api.graphql<{
      attributeDistribution: { rows: { populationCount: number }[] };
    }>(
      '{ attributeDistribution(attribute: "gender") { ... on Composition { rows { label populationCount } } } }',
    );
    const total = response.data?.attributeDistribution.rows.reduce(
      (n, r) => n + r.populationCount,
      0,
    );
    expect(total).toBe(profiles.length);
    const unknown = await api.graphql<{ attributeDistribution: unknown }>(
      '{ attributeDistribution(attribute: "shoe_size") { ... on InputErrors { issues { code } } } }',
    );
    expect(unknown.data?.attributeDistribution).toEqual({
      issues: [{ code: 'unknown_attribute' }],
    });
    const badEdges = await api.graphql<{ attributeDistribution: { issues: { path: string }[] } }>(
      '{ attributeDistribution(attribute: "age", buckets: [30, 20]) { ... on InputErrors { issues { path } } } }',
    );
    expect(badEdges.data?.attributeDistribution.issues[0]?.path).toMatch(/^buckets/);
  });
});
