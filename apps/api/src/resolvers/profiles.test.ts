import { readWorkspaceProfiles } from '@pinpoint/db';
import { DEFAULT_WORKSPACE_ID, type Profile } from '@pinpoint/domain';
import { demoCatalog } from '@pinpoint/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTargets, startTestServer, TEST_AS_OF, type TestServer } from '../testing/test-server';

const PAGE = `__typename ... on ProfilePage { nodes { id } pageInfo { hasNextPage endCursor } }
  ... on InputErrors { issues { path code } }`;

describe.each(apiTargets())('profiles over GraphQL on $name', ({ target, index }) => {
  let api: TestServer;
  let profiles: Profile[];

  beforeAll(async () => {
    api = await startTestServer(target, { size: 300, index: index ? {} : undefined });
    profiles = await readWorkspaceProfiles(api.db, DEFAULT_WORKSPACE_ID);
  }, 120_000);
  afterAll(() => api.close());

  it('finds a profile by id and by external id, with its facts', async () => {
    const someone = profiles.find((p) => p.events.length > 0 && p.channels.length > 0)!;
    const response = await api.graphql<{
      byId: Record<string, unknown>;
      byExternal: { id: string };
    }>(
      `{ byId: profile(id: "${someone.id}") { id externalId preferredChannel
          attributes { key value } interests { topic affinity } scores { model value }
          events(last: 2) { type occurredAt } channels { channel address consent reachable } }
        byExternal: profile(externalId: "${someone.externalId}") { id } }`,
    );
    const found = response.data!.byId;
    expect(found.externalId).toBe(someone.externalId);
    expect(response.data?.byExternal.id).toBe(someone.id);
    // In catalog order, whatever order the store keeps them in.
    const order = demoCatalog.attributes
      .map((a) => a.key)
      .filter((key) => key in someone.attributes);
    expect(found.attributes).toEqual(order.map((key) => ({ key, value: someone.attributes[key] })));
    const latest = [...someone.events].sort(
      (a, b) => b.occurredAt.getTime() - a.occurredAt.getTime(),
    );
    expect(found.events).toEqual(
      latest.slice(0, 2).map((e) => ({ type: e.type, occurredAt: e.occurredAt.toISOString() })),
    );
    expect((found.channels as { reachable: boolean }[]).map((c) => c.reachable)).toEqual(
      someone.channels.map((c) => c.address !== null && c.consent === 'granted'),
    );
  });

  it('answers null for unknown or malformed ids', async () => {
    const response = await api.graphql<Record<string, unknown>>(
      '{ a: profile(id: "nope") { id } b: profile(externalId: "nobody") { id } c: profile { id } }',
    );
    expect(response.data).toEqual({ a: null, b: null, c: null });
  });

  it('pages through everyone in id order without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: {
        data?: {
          profiles: {
            nodes: { id: string }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        };
      } = await api.graphql(
        `query ($after: String) { profiles(first: 100, after: $after) { ${PAGE} } }`,
        { after },
      );
      const page = response.data!.profiles;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(profiles.map((p) => p.id).sort());
  });

  it('filters by a rule, and reports bad filters and cursors', async () => {
    const response = await api.graphql<{ profiles: { nodes: { id: string }[] } }>(
      `{ profiles(first: 100, asOf: "${TEST_AS_OF.toISOString()}", filter: { rule: { attribute: { key: "age", op: lt, value: 30 } } }) { ${PAGE} } }`,
    );
    const young = profiles.filter(
      (p) => typeof p.attributes.age === 'number' && p.attributes.age < 30,
    );
    expect(response.data?.profiles.nodes.map((n) => n.id)).toEqual(
      young
        .map((p) => p.id)
        .sort()
        .slice(0, 100),
    );
    const bad = await api.graphql<{ profiles: unknown }>(
      `{ profiles(filter: { rule: { interest: { topic: "knitting", minAffinity: 0.1 } } }) { ${PAGE} } }`,
    );
    expect(bad.data?.profiles).toEqual({
      __typename: 'InputErrors',
      issues: [{ path: 'filter.interest.topic', code: 'unknown_interest' }],
    });
    const cursor = await api.graphql(`{ profiles(after: "forged") { ${PAGE} } }`);
    expect(cursor.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
