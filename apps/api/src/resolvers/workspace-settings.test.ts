import { createApiKey } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID, SCOPES } from '@pinpoint/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';

const READ = `{ workspaceSettings { politicalConsentAttribute allowSensitiveCommercial
  minimumAudience epsilonPerNumber budgetEpsilon budgetPeriod updatedAt } }`;
const UPDATE = `mutation ($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) {
  __typename ... on WorkspaceSettings { politicalConsentAttribute allowSensitiveCommercial
    minimumAudience epsilonPerNumber budgetEpsilon budgetPeriod }
  ... on InputErrors { issues { path code message } } } }`;

const DEFAULTS = {
  politicalConsentAttribute: null,
  allowSensitiveCommercial: false,
  minimumAudience: 100,
  epsilonPerNumber: 0.1,
  budgetEpsilon: 1,
  budgetPeriod: 'day',
};

describe.each(testTargets())('workspace settings over GraphQL on $name', (target) => {
  let api: TestServer;
  const tokens: Record<string, string> = {};

  const call = <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key = 'admin',
  ) => api.graphql<T>(query, variables, { token: tokens[key] });
  const update = async (input: Record<string, unknown>) =>
    (await call<{ updateWorkspaceSettings: Record<string, unknown> }>(UPDATE, { input })).data
      ?.updateWorkspaceSettings;

  beforeAll(async () => {
    api = await startTestServer(target, { auth: 'keys', size: 100 });
    const everythingButAdmin = SCOPES.filter((scope) => scope !== 'admin');
    for (const [name, scopes] of [
      ['admin', ['admin']],
      ['member', everythingButAdmin],
    ] as const) {
      tokens[name] = (
        await createApiKey(api.db, DEFAULT_WORKSPACE_ID, { name, tier: 'member', scopes })
      ).token;
    }
  }, 120_000);
  afterAll(() => api.close());

  it('shows the defaults until an administrator saves settings', async () => {
    const read = await call<{ workspaceSettings: unknown }>(READ);
    expect(read.data?.workspaceSettings).toEqual({ ...DEFAULTS, updatedAt: null });
  });

  it('saves the fields given and keeps the rest', async () => {
    expect(
      await update({
        politicalConsentAttribute: 'member',
        epsilonPerNumber: 0.25,
        budgetEpsilon: 5,
      }),
    ).toEqual({
      __typename: 'WorkspaceSettings',
      ...DEFAULTS,
      politicalConsentAttribute: 'member',
      epsilonPerNumber: 0.25,
      budgetEpsilon: 5,
    });
    expect(await update({ budgetPeriod: 'month', politicalConsentAttribute: null })).toMatchObject({
      politicalConsentAttribute: null,
      epsilonPerNumber: 0.25,
      budgetPeriod: 'month',
    });
    const read = await call<{ workspaceSettings: { updatedAt: string | null } }>(READ);
    expect(read.data?.workspaceSettings.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('names each invalid setting by its path and changes nothing', async () => {
    const before = (await call(READ)).data;
    const issues = async (input: Record<string, unknown>) =>
      ((await update(input))?.issues as { path: string; code: string }[]).map(
        ({ path, code }) => `${path} ${code}`,
      );
    expect(await issues({ politicalConsentAttribute: 'consent' })).toEqual([
      'settings.politicalConsentAttribute unknown_attribute',
    ]);
    expect(await issues({ politicalConsentAttribute: 'age' })).toEqual([
      'settings.politicalConsentAttribute type_mismatch',
    ]);
    expect(
      await issues({ minimumAudience: -1, epsilonPerNumber: 0, allowSensitiveCommercial: null }),
    ).toEqual([
      'settings.allowSensitiveCommercial invalid_shape',
      'settings.minimumAudience invalid_shape',
      'settings.epsilonPerNumber invalid_shape',
    ]);
    expect(await update({ epsilonPerNumber: 2, budgetEpsilon: 1 })).toEqual({
      __typename: 'InputErrors',
      issues: [
        {
          path: 'settings.budgetEpsilon',
          code: 'invalid_shape',
          message:
            'expected a budget of at least ε per number, or no number could ever be released',
        },
      ],
    });
    expect((await call(READ)).data).toEqual(before);
  });

  it('refuses a key without admin, for reading and for changing', async () => {
    const read = await call(READ, {}, 'member');
    expect(read.status).toBe(403);
    expect(read.data).toBeUndefined();
    expect(read.errors?.[0]?.message).toBe(
      'this key lacks the scope "admin" (for Query.workspaceSettings)',
    );
    const write = await call(UPDATE, { input: { allowSensitiveCommercial: true } }, 'member');
    expect(write.status).toBe(403);
    expect(write.errors?.[0]?.message).toBe(
      'this key lacks the scope "admin" (for Mutation.updateWorkspaceSettings)',
    );
    expect(
      (await call<{ workspaceSettings: unknown }>(READ)).data?.workspaceSettings,
    ).toMatchObject({
      allowSensitiveCommercial: false,
    });
  });
});
