import { createApiKey, createSegment, queryAudit, saveCatalog } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { demoCatalog } from '@pinpoint/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_AS_OF, type TestServer } from '../testing/test-server';

const GREEN = 'green-leaners';
const CONSENTING_GREEN = 'consenting-green-leaners';
const ADULTS = 'adults';

const plan = (purpose: string, include: string[], extra: Record<string, unknown> = {}) => ({
  id: `${purpose}-${include.join('+')}`,
  name: `A ${purpose} plan`,
  purpose,
  includeSegmentIds: include,
  channels: [{ channel: 'email', costPerContact: 0.02, priority: 0 }],
  ...extra,
});
const sponsor = { name: 'Green Future e.V.', contact: 'press@green-future.example' };

const SAVE = `mutation ($input: CampaignInput!) { saveCampaign(input: $input) { __typename
  ... on Campaign { id } ... on InputErrors { issues { path code message } } } }`;
const REACH = `query ($draft: CampaignInput!) { reachEstimate(campaign: { draft: $draft }, asOf: "${TEST_AS_OF.toISOString()}") {
  __typename ... on InputErrors { issues { path code message } } } }`;
const SETTINGS = `mutation ($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) {
  __typename ... on InputErrors { issues { path code message } } } }`;

interface Issue {
  path: string;
  code: string;
  message: string;
}

describe.each(testTargets())('special-category guardrail over GraphQL on $name', (target) => {
  let api: TestServer;
  let token: string;
  let keyId: string;

  const call = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
    api.graphql<T>(query, variables, { token });
  const save = async (input: Record<string, unknown>) =>
    (await call<{ saveCampaign: { __typename: string; issues?: Issue[] } }>(SAVE, { input })).data
      ?.saveCampaign;
  const reach = async (draft: Record<string, unknown>) =>
    (await call<{ reachEstimate: { __typename: string; issues?: Issue[] } }>(REACH, { draft })).data
      ?.reachEstimate;
  const settings = (input: Record<string, unknown>) => call(SETTINGS, { input });
  const audits = async () =>
    (
      await queryAudit(api.db, DEFAULT_WORKSPACE_ID, {
        operation: 'special_category_use',
        limit: 100,
      })
    ).entries;

  beforeAll(async () => {
    api = await startTestServer(target, { auth: 'keys', size: 300 });
    const created = await createApiKey(api.db, DEFAULT_WORKSPACE_ID, {
      name: 'strategist',
      tier: 'member',
      scopes: ['admin'],
    });
    ({ token } = created);
    keyId = created.key.id;
    const consent = {
      key: 'political_ads_consent',
      label: 'Political ads consent',
      type: 'boolean' as const,
      description: 'Gave explicit, separate consent to political advertising.',
      sensitive: 'none' as const,
    };
    await saveCatalog(api.db, DEFAULT_WORKSPACE_ID, {
      ...demoCatalog,
      attributes: [...demoCatalog.attributes, consent],
    });
    const green = { attribute: { key: 'party_affinity', op: 'eq', value: 'gruene' } } as const;
    const consented = {
      attribute: { key: 'political_ads_consent', op: 'eq', value: true },
    } as const;
    const adults = { attribute: { key: 'age', op: 'gte', value: 18 } } as const;
    await createSegment(
      api.db,
      DEFAULT_WORKSPACE_ID,
      { name: 'Green leaners', rule: green },
      GREEN,
    );
    await createSegment(
      api.db,
      DEFAULT_WORKSPACE_ID,
      { name: 'Consenting green leaners', rule: { and: [green, consented] } },
      CONSENTING_GREEN,
    );
    await createSegment(api.db, DEFAULT_WORKSPACE_ID, { name: 'Adults', rule: adults }, ADULTS);
  }, 120_000);
  afterAll(() => api.close());

  it('refuses a political campaign that selects by political opinion, naming the legal ground', async () => {
    const refused = await save(plan('political', [GREEN], { transparency: { sponsor } }));
    expect(refused?.__typename).toBe('InputErrors');
    const [use, consent] = refused?.issues ?? [];
    expect(use).toMatchObject({
      path: 'campaign.includeSegmentIds[0]',
      code: 'special_category_political',
    });
    for (const words of [
      '"Party affinity" (political opinions, a special category of personal data)',
      'the included segment "Green leaners"',
      'Regulation (EU) 2016/679 (GDPR), Art. 9(1)',
      'Regulation (EU) 2024/900 on the transparency and targeting of political advertising, Art. 18(1)(c)',
    ]) {
      expect(use?.message).toContain(words);
    }
    // Without a consent attribute in the settings, no political campaign may use them at all.
    expect(consent).toMatchObject({
      path: 'settings.politicalConsentAttribute',
      code: 'political_consent_not_ensured',
    });
    // A draft is checked before its reach is estimated, the same way.
    expect((await reach(plan('political', [GREEN])))?.issues?.map((i) => i.code)).toEqual([
      'special_category_political',
      'political_consent_not_ensured',
    ]);
    expect(await audits()).toEqual([]);
  });

  it('accepts it when every included segment is limited to people who consented, and logs the use', async () => {
    expect((await settings({ politicalConsentAttribute: 'political_ads_consent' })).data).toEqual({
      updateWorkspaceSettings: { __typename: 'WorkspaceSettings' },
    });
    const unlimited = await save(plan('political', [GREEN], { transparency: { sponsor } }));
    expect(unlimited?.issues?.map(({ path, code }) => [path, code])).toEqual([
      ['campaign.includeSegmentIds[0]', 'special_category_political'],
      ['campaign.includeSegmentIds[0]', 'political_consent_not_ensured'],
    ]);
    expect(unlimited?.issues?.[1]?.message).toContain(
      'segment "Green leaners" is not limited to people who consented to political advertising: add the condition "Political ads consent" is true',
    );

    const input = plan('political', [CONSENTING_GREEN], { transparency: { sponsor } });
    expect(await save(input)).toEqual({ __typename: 'Campaign', id: input.id });
    const [entry] = await audits();
    expect(entry).toMatchObject({
      actorKind: 'api_key',
      actorId: keyId,
      tier: 'member',
      operation: 'special_category_use',
      query: {
        action: 'save',
        campaign: { id: input.id, name: input.name, purpose: 'political' },
        basis: 'political_with_explicit_consent',
        politicalConsentAttribute: 'political_ads_consent',
        uses: [
          {
            key: 'party_affinity',
            label: 'Party affinity',
            category: 'political_opinion',
            segments: [
              {
                id: CONSENTING_GREEN,
                name: 'Consenting green leaners',
                role: 'include',
                definedIn: [{ id: CONSENTING_GREEN, name: 'Consenting green leaners' }],
              },
            ],
          },
        ],
      },
    });

    // Estimating the saved campaign's reach is a use too.
    const estimate = await call<{ reachEstimate: { __typename: string } }>(
      `{ reachEstimate(campaign: { id: "${input.id}" }) { __typename } }`,
    );
    expect(estimate.data?.reachEstimate.__typename).toBe('ReachEstimate');
    expect((await audits()).map((e) => (e.query as { action: string }).action)).toEqual([
      'reach',
      'save',
    ]);
  });

  it('refuses commercial targeting on special categories unless the settings allow it, then logs it', async () => {
    const input = plan('commercial', [GREEN]);
    const refused = await save(input);
    expect(refused?.issues?.map(({ path, code }) => [path, code])).toEqual([
      ['campaign.includeSegmentIds[0]', 'special_category_not_allowed'],
    ]);
    expect(refused?.issues?.[0]?.message).toContain(
      'This workspace does not allow commercial campaigns to select people by special categories (Regulation (EU) 2016/679 (GDPR), Art. 9(1)',
    );
    const before = (await audits()).length;
    await settings({ allowSensitiveCommercial: true });
    expect(await save(input)).toEqual({ __typename: 'Campaign', id: input.id });
    const logged = await audits();
    expect(logged).toHaveLength(before + 1);
    expect(logged[0]?.query).toMatchObject({
      action: 'save',
      basis: 'sensitive_commercial_allowed',
      uses: [{ key: 'party_affinity' }],
    });
    await settings({ allowSensitiveCommercial: false });
  });

  it('logs nothing for campaigns that use no special category', async () => {
    const before = (await audits()).length;
    expect(await save(plan('commercial', [ADULTS]))).toMatchObject({ __typename: 'Campaign' });
    expect((await reach(plan('civic', [ADULTS])))?.__typename).toBe('ReachEstimate');
    expect(await audits()).toHaveLength(before);
  });
});
