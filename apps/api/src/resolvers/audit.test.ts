import { createApiKey } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';

const AUDIT = `query ($operation: String, $first: Int, $after: String) {
  auditLog(operation: $operation, first: $first, after: $after) {
    entries { id actorKind actorId operation query released epsilonSpent tier }
    next
  }
}`;

interface Page {
  auditLog: {
    entries: {
      id: string;
      actorKind: string;
      actorId: string | null;
      operation: string;
      query: string | null;
      released: string | null;
      epsilonSpent: number;
      tier: string | null;
    }[];
    next: string | null;
  };
}

describe.each(testTargets())('the audit log through GraphQL on $name', (target) => {
  let server: TestServer;
  let auditor: string;
  let analyst: { token: string; id: string };

  beforeAll(async () => {
    server = await startTestServer(target, { auth: 'keys', size: 200 });
    auditor = (
      await createApiKey(server.db, DEFAULT_WORKSPACE_ID, {
        name: 'auditor',
        tier: 'member',
        scopes: ['audit:read'],
      })
    ).token;
    const made = await createApiKey(server.db, DEFAULT_WORKSPACE_ID, {
      name: 'analyst',
      tier: 'member',
      scopes: ['counts:read'],
    });
    analyst = { token: made.token, id: made.key.id };
  }, 120_000);
  afterAll(async () => server.close());

  it('shows who counted what and the numbers they were given, newest first, page by page', async () => {
    for (const age of [30, 40, 50]) {
      await server.graphql(
        'query ($rule: RuleInput!) { segmentSize(segment: { rule: $rule }) { __typename } }',
        { rule: { attribute: { key: 'age', op: 'gte', value: age } } },
        { token: analyst.token },
      );
    }
    const first = await server.graphql<Page>(
      AUDIT,
      { operation: 'count', first: 2 },
      { token: auditor },
    );
    expect(first.errors).toBeUndefined();
    const entries = first.data?.auditLog.entries ?? [];
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      actorKind: 'api_key',
      actorId: analyst.id,
      operation: 'count',
      epsilonSpent: 0,
      tier: 'member',
    });
    expect(entries[0]?.query).toContain('50');
    expect(JSON.parse(entries[0]?.released ?? 'null')).toEqual([
      [{ kind: 'exact', value: expect.any(Number) as number }],
    ]);
    const rest = await server.graphql<Page>(
      AUDIT,
      { operation: 'count', first: 2, after: first.data?.auditLog.next },
      { token: auditor },
    );
    expect(rest.data?.auditLog.entries.map((entry) => entry.query)[0]).toContain('30');
    expect(rest.data?.auditLog.next).toBeNull();
  });

  it('is closed to keys without "audit:read", and refuses bad cursors and page sizes', async () => {
    const refused = await server.graphql(AUDIT, {}, { token: analyst.token });
    expect(refused.status).toBe(403);
    const cursor = await server.graphql(AUDIT, { after: 'abc' }, { token: auditor });
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(cursor.errors?.[0]?.message).toContain('cursor');
    const size = await server.graphql(AUDIT, { first: 5000 }, { token: auditor });
    expect(size.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
