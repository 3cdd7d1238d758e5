import { testTargets } from '@pinpoint/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';

const CREATE = `mutation ($input: ApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreatedApiKey { token key { id name tier scopes rateLimitPerMinute revokedAt } }
    ... on InputErrors { issues { path code message } }
  }
}`;

interface Created {
  createApiKey: {
    __typename: string;
    token?: string;
    key?: { id: string; name: string; tier: string; scopes: string[]; revokedAt: string | null };
    issues?: { path: string; code: string; message: string }[];
  };
}

describe.each(testTargets())('API keys through GraphQL on $name', (target) => {
  let server: TestServer;

  beforeAll(async () => {
    // The local operator (no key) is the workspace's admin: it makes the first keys.
    server = await startTestServer(target, { auth: 'local', size: 100 });
  }, 120_000);
  afterAll(async () => server.close());

  it('lets an admin make, list and revoke keys, and the token works until revoked', async () => {
    const made = await server.graphql<Created>(CREATE, {
      input: { name: 'Agency', tier: 'partner', scopes: ['counts:read', 'segments:read'] },
    });
    expect(made.data?.createApiKey).toMatchObject({
      __typename: 'CreatedApiKey',
      key: {
        name: 'Agency',
        tier: 'partner',
        scopes: ['counts:read', 'segments:read'],
        revokedAt: null,
      },
    });
    const token = made.data?.createApiKey.token ?? '';
    const id = made.data?.createApiKey.key?.id ?? '';
    expect((await server.graphql('{ segments { id } }', {}, { token })).status).toBe(200);

    const listed = await server.graphql<{ apiKeys: { id: string; name: string }[] }>(
      '{ apiKeys { id name lastUsedAt } }',
    );
    expect(listed.data?.apiKeys.map((key) => key.id)).toContain(id);
    expect(JSON.stringify(listed.data)).not.toContain(token.slice(20));
    // A partner key is no admin.
    expect((await server.graphql('{ apiKeys { id } }', {}, { token })).status).toBe(403);

    const revoked = await server.graphql<{ revokeApiKey: { revokedAt: string | null } }>(
      'mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id },
    );
    expect(revoked.data?.revokeApiKey.revokedAt).not.toBeNull();
    expect((await server.graphql('{ segments { id } }', {}, { token })).status).toBe(401);
    const unknown = await server.graphql<{ revokeApiKey: null }>(
      'mutation { revokeApiKey(id: "0000000000000000") { id } }',
    );
    expect(unknown.data?.revokeApiKey).toBeNull();
  });

  it('answers a key that may not be made with the reasons, by path', async () => {
    const refused = await server.graphql<Created>(CREATE, {
      input: { name: ' ', tier: 'partner', scopes: ['profiles:read'] },
    });
    expect(refused.data?.createApiKey.__typename).toBe('InputErrors');
    expect(refused.data?.createApiKey.issues).toEqual([
      { path: 'input.name', code: 'invalid_shape', message: 'a key needs a name' },
      {
        path: 'input.scopes',
        code: 'invalid_shape',
        message: expect.stringContaining('a partner key cannot hold "profiles:read"') as string,
      },
    ]);
  });
});
