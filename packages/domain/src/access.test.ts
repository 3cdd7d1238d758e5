import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ApiKeyRequest,
  missingScopes,
  PARTNER_SCOPES,
  SCOPES,
  type Principal,
  type Scope,
} from './access';

const principal = (scopes: Scope[], tier: Principal['tier'] = 'member'): Principal => ({
  kind: 'api_key',
  id: 'k1',
  workspaceId: 'default',
  tier,
  scopes,
});

describe('missingScopes', () => {
  it('lists exactly the required scopes the caller does not hold', () => {
    fc.assert(
      fc.property(fc.subarray([...SCOPES]), fc.subarray([...SCOPES]), (held, required) => {
        const missing = missingScopes(principal(held), required);
        if (held.includes('admin')) expect(missing).toEqual([]);
        else expect(missing).toEqual(required.filter((scope) => !held.includes(scope)));
      }),
    );
  });
});

describe('ApiKeyRequest', () => {
  it('accepts a member key with any scopes and defaults its rate limit', () => {
    const parsed = ApiKeyRequest.parse({
      name: ' Reporting ',
      tier: 'member',
      scopes: ['profiles:read'],
    });
    expect(parsed).toEqual({
      name: 'Reporting',
      tier: 'member',
      scopes: ['profiles:read'],
      rateLimitPerMinute: 600,
    });
  });

  it('refuses partner keys scopes that show individuals, naming each', () => {
    const result = ApiKeyRequest.safeParse({
      name: 'Agency',
      tier: 'partner',
      scopes: ['counts:read', 'profiles:read', 'messages:preview'],
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/partner key cannot hold "profiles:read"/);
    expect(messages[1]).toMatch(/"messages:preview"/);
  });

  it('accepts every partner scope and refuses empty, repeated or unknown scopes', () => {
    expect(
      ApiKeyRequest.safeParse({ name: 'P', tier: 'partner', scopes: [...PARTNER_SCOPES] }).success,
    ).toBe(true);
    expect(ApiKeyRequest.safeParse({ name: 'P', tier: 'member', scopes: [] }).success).toBe(false);
    expect(
      ApiKeyRequest.safeParse({ name: 'P', tier: 'member', scopes: ['admin', 'admin'] }).success,
    ).toBe(false);
    expect(ApiKeyRequest.safeParse({ name: 'P', tier: 'member', scopes: ['root'] }).success).toBe(
      false,
    );
  });
});
