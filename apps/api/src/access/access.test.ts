import { createApiKey, ensureWorkspace, revokeApiKey } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';
import { assertEveryRootFieldDeclaresScopes } from './scope-requirements';

const SIZE = `query ($rule: RuleInput!) {
  segmentSize(segment: { rule: $rule }) { ... on SegmentSize { size } }
}`;
const adults = { attribute: { key: 'age', op: 'gte', value: 18 } };

describe.each(testTargets())('access by API key on $name', (target) => {
  let server: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(target, { auth: 'keys', production: true, size: 300 });
    const make = async (name: string, workspaceId: string, tier: string, scopes: string[]) => {
      tokens[name] = (await createApiKey(server.db, workspaceId, { name, tier, scopes })).token;
    };
    await ensureWorkspace(server.db, 'south');
    await make('reader', DEFAULT_WORKSPACE_ID, 'member', ['segments:read']);
    await make('admin', DEFAULT_WORKSPACE_ID, 'member', ['admin']);
    await make('partner', DEFAULT_WORKSPACE_ID, 'partner', ['counts:read', 'segments:read']);
    await make('south', 'south', 'member', ['admin']);
  }, 120_000);
  afterAll(async () => server.close());

  const post = (headers: Record<string, string>) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ segments { id } }' }),
    });

  it('refuses requests without a key, with a malformed header or with an unknown key', async () => {
    const none = await post({});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="pinpoint"');
    const refusal = (await none.json()) as { errors: { message: string; extensions: object }[] };
    expect(refusal.errors).toHaveLength(1);
    expect(refusal.errors[0]?.message).toMatch(/API key is required/);
    expect(refusal.errors[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    const malformed = await post({ authorization: `Token ${tokens.admin}` });
    expect(malformed.status).toBe(401);
    expect(malformed.headers.get('www-authenticate')).toContain('invalid_request');
    const unknown = await post({ authorization: `Bearer ${tokens.admin?.slice(0, -2)}xx` });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('lets a key do what its scopes allow and refuses the rest, naming the missing scope', async () => {
    const reader = { token: tokens.reader };
    const listed = await server.graphql<{ segments: unknown[] }>(
      '{ segments { id name } }',
      {},
      reader,
    );
    expect(listed.status).toBe(200);
    expect(listed.data?.segments.length).toBeGreaterThan(0);

    const size = await server.graphql(SIZE, { rule: adults }, reader);
    expect(size.status).toBe(403);
    expect(size.data).toBeUndefined();
    expect(size.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(size.errors?.[0]?.message).toBe(
      'this key lacks the scope "counts:read" (for Query.segmentSize)',
    );
    // A count nested in a list needs the scope as much as a root one.
    const nested = await server.graphql('{ segments { id size } }', {}, reader);
    expect(nested.status).toBe(403);
    expect(nested.errors?.[0]?.message).toContain('"counts:read" (for Segment.size)');
    const write = await server.graphql(
      'mutation ($input: SegmentInput!) { createSegment(input: $input) { __typename } }',
      { input: { name: 'Adults', rule: adults } },
      reader,
    );
    expect(write.errors?.[0]?.message).toContain('"segments:write" (for Mutation.createSegment)');
  });

  it('gives an admin key every field', async () => {
    const size = await server.graphql<{ segmentSize: { size: number } }>(
      SIZE,
      { rule: adults },
      { token: tokens.admin },
    );
    expect(size.status).toBe(200);
    expect(size.data?.segmentSize.size).toBeGreaterThan(0);
  });

  it('stops a revoked key at once', async () => {
    const { key, token } = await createApiKey(server.db, DEFAULT_WORKSPACE_ID, {
      name: 'short-lived',
      tier: 'member',
      scopes: ['segments:read'],
    });
    expect((await server.graphql('{ segments { id } }', {}, { token })).status).toBe(200);
    await revokeApiKey(server.db, DEFAULT_WORKSPACE_ID, key.id);
    expect((await server.graphql('{ segments { id } }', {}, { token })).status).toBe(401);
  });

  it('shows a key only its own workspace', async () => {
    const south = { token: tokens.south };
    expect(
      (await server.graphql<{ segments: unknown[] }>('{ segments { id } }', {}, south)).data,
    ).toEqual({
      segments: [],
    });
    const created = await server.graphql<{ createSegment: { id?: string } }>(
      'mutation ($input: SegmentInput!) { createSegment(input: $input) { ... on Segment { id } } }',
      { input: { name: 'Southern adults', rule: adults } },
      south,
    );
    expect(created.errors).toBeUndefined();
    const admin = await server.graphql<{ segments: { name: string }[] }>(
      '{ segments { name } }',
      {},
      { token: tokens.admin },
    );
    expect(admin.data?.segments.map((s) => s.name)).not.toContain('Southern adults');
  });

  it('keeps the schema from partner keys in production, not from members', async () => {
    const query = '{ __schema { queryType { name } } }';
    const partner = await server.graphql(query, {}, { token: tokens.partner });
    expect(partner.status).toBe(403);
    expect(partner.errors?.[0]?.message).toBe('introspection is off for partner keys');
    const member = await server.graphql(query, {}, { token: tokens.reader });
    expect(member.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('scope declarations', () => {
  it('refuses a schema with a root field that declares no scopes', () => {
    const schema = buildSchema(`
      directive @requires(scopes: [String!]!) on FIELD_DEFINITION
      type Query { open: Int @requires(scopes: []) forgotten: Int }
    `);
    expect(() => assertEveryRootFieldDeclaresScopes(schema)).toThrow(
      'Query.forgotten declares no @requires(scopes: […])',
    );
  });
});

describe.each(testTargets().slice(0, 1))('rate limits per key', (target) => {
  const redisUrl = process.env.TEST_REDIS_URL;
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(target, { auth: 'keys', size: 100, redisUrl });
  }, 120_000);
  afterAll(async () => server.close());

  it(`answers 429 with Retry-After once a key has spent its requests (${redisUrl ? 'Redis' : 'in process'})`, async () => {
    const { token } = await createApiKey(server.db, DEFAULT_WORKSPACE_ID, {
      name: 'tight',
      tier: 'member',
      scopes: ['segments:read'],
      rateLimitPerMinute: 3,
    });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await server.graphql('{ segments { id } }', {}, { token })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ segments { id } }' }),
    });
    expect(refused.status).toBe(429);
    // Three a minute: the next token comes in at most 20 s.
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(20);
    const body = (await refused.json()) as { errors: { message: string; extensions: object }[] };
    expect(body.errors[0]?.extensions).toEqual({ code: 'RATE_LIMITED' });
    expect(body.errors[0]?.message).toMatch(/3 requests a minute; try again in \d+ s/);
    // Another key is not affected.
    const other = await createApiKey(server.db, DEFAULT_WORKSPACE_ID, {
      name: 'other',
      tier: 'member',
      scopes: ['segments:read'],
    });
    expect((await server.graphql('{ segments { id } }', {}, { token: other.token })).status).toBe(
      200,
    );
  });
});
