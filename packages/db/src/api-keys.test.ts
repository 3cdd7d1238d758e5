import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiKeyRequestError,
  authenticateApiKey,
  createApiKey,
  listApiKeys,
  revokeApiKey,
} from './api-keys';
import type { Database } from './client';
import { forWorkspace } from './tenant-scope';
import { testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

describe.each(testTargets())('API keys on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    await ensureWorkspace(db, 'north');
    await ensureWorkspace(db, 'south');
  }, 60_000);
  afterAll(async () => dispose());

  it('authenticates a new key by its token, which is stored only as a hash', async () => {
    const { key, token } = await createApiKey(db, 'north', {
      name: 'Reporting',
      tier: 'member',
      scopes: ['counts:read', 'segments:read'],
    });
    expect(token).toMatch(/^pp_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const [stored] = await db.rows<{ secret_hash: string }>(
      sql`select secret_hash from api_keys where id = ${key.id}`,
    );
    expect(JSON.stringify(stored)).not.toContain(token.slice(20));
    const found = await authenticateApiKey(db, token);
    expect(found?.principal).toEqual({
      kind: 'api_key',
      id: key.id,
      workspaceId: 'north',
      tier: 'member',
      scopes: ['counts:read', 'segments:read'],
    });
    expect(found?.rateLimitPerMinute).toBe(600);
  });

  it('refuses a wrong secret, a malformed token, an unknown id and a revoked key', async () => {
    const { key, token } = await createApiKey(db, 'north', {
      name: 'Agency',
      tier: 'partner',
      scopes: ['counts:read'],
    });
    const wrongSecret = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await authenticateApiKey(db, wrongSecret)).toBeNull();
    expect(await authenticateApiKey(db, 'Bearer something')).toBeNull();
    expect(await authenticateApiKey(db, `pp_0000000000000000_${token.slice(-43)}`)).toBeNull();
    expect(await authenticateApiKey(db, token)).not.toBeNull();
    const revoked = await revokeApiKey(db, 'north', key.id);
    expect(revoked?.revokedAt).toBeInstanceOf(Date);
    expect(await authenticateApiKey(db, token)).toBeNull();
    // Another workspace cannot revoke (or see) it.
    expect(await revokeApiKey(db, 'south', key.id)).toBeNull();
  });

  it('records when a key was last used, at most once a minute', async () => {
    const { key, token } = await createApiKey(db, 'south', {
      name: 'Script',
      tier: 'member',
      scopes: ['admin'],
    });
    const t0 = new Date('2026-06-01T10:00:00.000Z');
    await authenticateApiKey(db, token, t0);
    await authenticateApiKey(db, token, new Date(t0.getTime() + 30_000));
    const afterTwo = (await listApiKeys(db, 'south')).find((k) => k.id === key.id);
    expect(afterTwo?.lastUsedAt?.toISOString()).toBe(t0.toISOString());
    const later = new Date(t0.getTime() + 120_000);
    await authenticateApiKey(db, token, later);
    const afterThree = (await listApiKeys(db, 'south')).find((k) => k.id === key.id);
    expect(afterThree?.lastUsedAt?.toISOString()).toBe(later.toISOString());
  });

  it('refuses requests that would give a partner individual data, naming the problem', async () => {
    const attempt = createApiKey(db, 'north', {
      name: 'Agency',
      tier: 'partner',
      scopes: ['profiles:read'],
    });
    await expect(attempt).rejects.toBeInstanceOf(ApiKeyRequestError);
    await expect(attempt).rejects.toThrow(/scopes: a partner key cannot hold "profiles:read"/);
    await expect(
      createApiKey(db, 'north', { name: '', tier: 'member', scopes: [] }),
    ).rejects.toThrow(/name: a key needs a name; scopes: a key needs at least one scope/);
  });

  it('lists keys per workspace, and a workspace scope sees its own keys only', async () => {
    const north = (await listApiKeys(db, 'north')).map((k) => k.workspaceId);
    expect(new Set(north)).toEqual(new Set(['north']));
    const seen = await forWorkspace(db, 'south').rows<{ workspace_id: string }>(
      sql`select workspace_id from api_keys`,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((row) => row.workspace_id))).toEqual(new Set(['south']));
  });
});
