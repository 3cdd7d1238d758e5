import { countSegment, loadAudienceContext } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_AS_OF, type TestServer } from '../testing/test-server';

const SEGMENT_FIELDS = `... on Segment { id name description rule size(asOf: "${TEST_AS_OF.toISOString()}") }
  ... on InputErrors { issues { path code message } }`;

describe.each(testTargets())('segments over GraphQL on $name', (target) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(target);
  }, 120_000);
  afterAll(() => api.close());

  const exactCount = async (rule: Parameters<typeof countSegment>[1]) =>
    countSegment(api.db, rule, await loadAudienceContext(api.db, DEFAULT_WORKSPACE_ID, TEST_AS_OF));

  it('creates a segment from a typed rule and reports its exact size', async () => {
    const rule = {
      and: [
        { attribute: { key: 'age', op: 'between', min: 30, max: 49 } },
        {
          or: [
            { interest: { topic: 'climate', minAffinity: 0.5 } },
            { reachable: { channel: 'sms' } },
          ],
        },
        { not: { attribute: { key: 'region', op: 'in', values: ['BY', 'BE'] } } },
      ],
    };
    const created = await api.graphql<{
      createSegment: { id: string; size: number; rule: unknown };
    }>(
      `mutation ($rule: RuleInput!) { createSegment(id: "mid-life", input: { name: "Mid-life", rule: $rule }) { __typename ${SEGMENT_FIELDS} } }`,
      { rule },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createSegment).toMatchObject({
      __typename: 'Segment',
      id: 'mid-life',
      rule,
    });
    expect(created.data?.createSegment.size).toBe(await exactCount(rule as never));
    expect(created.data?.createSegment.size).toBeGreaterThan(0);
  });

  it('returns every problem of an invalid segment as data, by path, and saves nothing', async () => {
    const response = await api.graphql<{
      createSegment: { __typename: string; issues: unknown[] };
    }>(
      `mutation { createSegment(input: { name: "Bad", rule: { or: [
        { attribute: { key: "shoe_size", op: eq, value: 42 } },
        { attribute: { key: "age", op: between, min: 60, max: 20 } },
        { interest: { topic: "knitting", minAffinity: 0.5 } },
        { segment: { id: "nope" } }
      ] } }) { __typename ${SEGMENT_FIELDS} } }`,
    );
    expect(response.data?.createSegment.__typename).toBe('InputErrors');
    expect(response.data?.createSegment.issues).toEqual([
      expect.objectContaining({ path: 'rule.or[0].attribute.key', code: 'unknown_attribute' }),
      expect.objectContaining({ path: 'rule.or[1].attribute.max', code: 'invalid_range' }),
      expect.objectContaining({ path: 'rule.or[2].interest.topic', code: 'unknown_interest' }),
      expect.objectContaining({ path: 'rule.or[3].segment.id', code: 'unknown_segment' }),
    ]);
    const list = await api.graphql<{ segments: { name: string }[] }>(
      '{ segments(search: "bad") { name } }',
    );
    expect(list.data?.segments).toEqual([]);
  });

  it('validates a draft rule without saving it', async () => {
    const ok = await api.graphql<{ validateRule: unknown }>(
      '{ validateRule(rule: { reachable: { channel: email } }) { valid issues { path } } }',
    );
    expect(ok.data?.validateRule).toEqual({ valid: true, issues: [] });
    const bad = await api.graphql<{ validateRule: unknown }>(
      '{ validateRule(rule: { and: [] }) { valid issues { path code } } }',
    );
    expect(bad.data?.validateRule).toEqual({
      valid: false,
      issues: [{ path: 'rule.and', code: 'empty_group' }],
    });
  });

  it('rejects a rule node with two kinds at once before it runs (oneOf)', async () => {
    const response = await api.graphql(
      '{ validateRule(rule: { reachable: { channel: email }, not: { reachable: { channel: sms } } }) { valid } }',
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/exactly one key/i);
  });

  it('updates and deletes segments, refusing to delete one another references', async () => {
    await api.graphql(
      'mutation { createSegment(id: "ref", input: { name: "Refers", rule: { segment: { id: "mid-life" } } }) { __typename } }',
    );
    const inUse = await api.graphql<{ deleteSegment: unknown }>(
      `mutation { deleteSegment(id: "mid-life") { __typename ${'... on InputErrors { issues { code message } }'} } }`,
    );
    expect(inUse.data?.deleteSegment).toEqual({
      __typename: 'InputErrors',
      issues: [
        { code: 'in_use', message: 'segment is used by segment "Refers"; change those first' },
      ],
    });
    const renamed = await api.graphql<{ updateSegment: { name: string } }>(
      `mutation { updateSegment(id: "ref", input: { name: "Renamed", description: "d", rule: { reachable: { channel: post } } }) { __typename ${SEGMENT_FIELDS} } }`,
    );
    expect(renamed.data?.updateSegment).toMatchObject({ name: 'Renamed', description: 'd' });
    const deleted = await api.graphql<{ a: unknown; b: unknown }>(
      'mutation { a: deleteSegment(id: "ref") { __typename } b: deleteSegment(id: "ref") { __typename } }',
    );
    expect(deleted.data).toEqual({
      a: { __typename: 'DeletedSegment' },
      b: { __typename: 'InputErrors' },
    });
  });

  it('lists 50 segments with their sizes in a bounded number of queries', async () => {
    for (let i = 0; i < 50; i += 1) {
      await api.graphql(
        `mutation { createSegment(id: "age-${i}", input: { name: "Age over ${i + 18}", rule: { attribute: { key: "age", op: gte, value: ${i + 18} } } }) { __typename } }`,
      );
    }
    api.resetQueryCount();
    const response = await api.graphql<{ segments: { id: string; size: number }[] }>(
      `{ segments(search: "age over") { id size(asOf: "${TEST_AS_OF.toISOString()}") } }`,
    );
    const queries = api.queryCount();
    expect(response.data?.segments).toHaveLength(50);
    // The list; catalog (attributes, entries) and segments for the audience context; then one
    // pass per 20 sizes: 3 for 50. Without batching it would be 50 counts.
    expect(queries).toBeLessThanOrEqual(7);
    const sizes = new Map(response.data?.segments.map((s) => [s.id, s.size]));
    for (const i of [0, 17, 49]) {
      expect(sizes.get(`age-${i}`)).toBe(
        await exactCount({ attribute: { key: 'age', op: 'gte', value: i + 18 } }),
      );
    }
  });
});
