import { authenticateApiKey } from '@pinpoint/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';

interface Created {
  key: { id: string; name: string; tier: string; scopes: string[] };
  token: string;
}

describe.each(testTargets())('pinpoint keys on $name', (target) => {
  let database: TestDatabase;
  const pinpoint = (...args: string[]) => runPinpoint(args, database.env);

  beforeAll(async () => {
    database = await target.create({ seeded: false });
  });
  afterAll(() => database.dispose());

  it('makes a key whose token authenticates, shows it once, lists and revokes it', async () => {
    const made = await pinpoint(
      'keys',
      'create',
      '--name',
      'Agency dashboard',
      '--tier',
      'partner',
      '--scopes',
      'counts:read,segments:read',
    );
    expect(made.code).toBe(0);
    const token = /^token: (pp_\S+)$/m.exec(made.stdout)?.[1] ?? '';
    expect(made.stdout).toContain('cannot be shown again');
    const id = /^id\s+(\S+)$/m.exec(made.stdout)?.[1] ?? '';

    const db = await database.open();
    try {
      const found = await authenticateApiKey(db, token);
      expect(found?.principal).toMatchObject({
        id,
        tier: 'partner',
        scopes: ['counts:read', 'segments:read'],
      });
    } finally {
      await db.close();
    }

    const listed = jsonOf<{ id: string; name: string; revokedAt: string | null }[]>(
      await pinpoint('keys', 'list', '--json'),
    );
    expect(listed.find((k) => k.id === id)).toMatchObject({
      name: 'Agency dashboard',
      revokedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(token.slice(20));

    const revoked = await pinpoint('keys', 'revoke', id);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`^revoked ${id} \\(Agency dashboard\\) at \\d{4}-`));
    const again = await database.open();
    try {
      expect(await authenticateApiKey(again, token)).toBeNull();
    } finally {
      await again.close();
    }
  });

  it('prints the new key as JSON for scripts', async () => {
    const made = jsonOf<Created>(
      await pinpoint('keys', 'create', '--name', 'CI', '--scopes', 'admin', '--json'),
    );
    expect(made.key).toMatchObject({ name: 'CI', tier: 'member', scopes: ['admin'] });
    expect(made.token).toMatch(/^pp_[0-9a-f]{16}_/);
  });

  it('refuses invalid keys and unknown ids with their exit codes and reasons', async () => {
    const partner = await pinpoint(
      'keys',
      'create',
      '--name',
      'P',
      '--tier',
      'partner',
      '--scopes',
      'profiles:read',
    );
    expect(partner.code).toBe(2);
    expect(partner.stderr).toContain('a partner key cannot hold "profiles:read"');
    const scope = await pinpoint('keys', 'create', '--name', 'P', '--scopes', 'everything');
    expect(scope.code).toBe(2);
    expect(scope.stderr).toContain('scopes');
    const missing = await pinpoint('keys', 'revoke', '0000000000000000');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no API key with id "0000000000000000"');
    const api = await pinpoint('keys', 'list', '--api', 'http://127.0.0.1:4000/graphql');
    expect(api.code).toBe(1);
  });
});
