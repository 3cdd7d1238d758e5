import { createApiKey, saveCampaign } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';

const sponsor = { name: 'Green Future e.V.', contact: 'press@green-future.example' };
const details = {
  sponsor,
  paidBy: { name: 'Green Future Bavaria' },
  electionOrReferendum: 'Bavarian state election, 8 October 2028',
  amountPaid: { amount: 12500, currency: 'EUR' },
  period: { from: '2028-09-01', to: '2028-10-07' },
};
const plan = {
  id: 'turnout',
  name: 'Get out the vote',
  purpose: 'political',
  includeSegmentIds: [DEMO_SEGMENT_IDS.youngUrbanClimate],
  excludeSegmentIds: [DEMO_SEGMENT_IDS.bavarianFootballFans],
  channels: [{ channel: 'email', costPerContact: 0.02, priority: 0 }],
  variants: [
    {
      id: 'hello',
      name: 'Hello',
      segmentId: DEMO_SEGMENT_IDS.youngUrbanClimate,
      channel: 'email',
      template: 'Hello {{ profile.first_name | default: "there" }}, please vote.',
    },
  ],
  transparency: details,
};

const NOTICE = `__typename
  ... on TransparencyNotice { campaignId campaignName purpose required
    sponsor { name contact } paidBy { name contact } electionOrReferendum
    amountPaid { amount currency } period { from to }
    targeting { included { segmentName criteria } excluded { segmentName criteria } summary } }
  ... on InputErrors { issues { path code message } }`;
const SAVE = `mutation ($input: CampaignInput!) { saveCampaign(input: $input) { __typename
  ... on Campaign { id } ... on InputErrors { issues { path code message } } } }`;

const YOUNG_URBAN =
  'people whose Age is from 18 to 34 years and whose Urbanity is urban and whose interest in Climate & environment is rated at least 60% and who are reachable by email';
const FOOTBALL =
  'people whose Federal state is BY and whose interest in Football is rated at least 50%';

describe.each(testTargets())('transparency notices over GraphQL on $name', (target) => {
  let api: TestServer;
  const tokens: Record<string, string> = {};

  const call = <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key = 'strategist',
  ) => api.graphql<T>(query, variables, { token: tokens[key] });
  const issuesOf = async (input: Record<string, unknown>) => {
    const response = await call<{ saveCampaign: { issues?: { path: string; message: string }[] } }>(
      SAVE,
      { input },
    );
    return response.data?.saveCampaign.issues?.map((i) => `${i.path}: ${i.message}`);
  };
  const noticeOf = async (id: string) =>
    (
      await call<{ campaign: { transparencyNotice: Record<string, unknown> | null } }>(
        `{ campaign(id: "${id}") { transparencyNotice { ${NOTICE} } } }`,
      )
    ).data?.campaign.transparencyNotice;

  beforeAll(async () => {
    api = await startTestServer(target, { auth: 'keys', size: 300 });
    for (const [name, scopes] of [
      ['strategist', ['campaigns:read', 'campaigns:write', 'counts:read']],
      ['writer', ['campaigns:write']],
    ] as const) {
      const created = await createApiKey(api.db, DEFAULT_WORKSPACE_ID, {
        name,
        tier: 'member',
        scopes,
      });
      tokens[name] = created.token;
    }
  }, 120_000);
  afterAll(() => api.close());

  it('refuses a political campaign without a sponsor, naming each missing detail by its path', async () => {
    expect(await issuesOf({ ...plan, transparency: undefined })).toEqual([
      'campaign.transparency.sponsor: a political campaign needs a sponsor, with name and contact',
    ]);
    expect(
      await issuesOf({
        ...plan,
        transparency: {
          sponsor: { name: 'Green Future' },
          period: { from: '2028-10-07', to: '2028-09-01' },
        },
      }),
    ).toEqual([
      'campaign.transparency.sponsor.contact: a contact for the sponsor (an email or postal address) is required',
      'campaign.transparency.period.to: expected to on or after from',
    ]);
  });

  it('gives the notice with sponsor, payer, election and the criteria in plain words, with every message', async () => {
    expect((await call(SAVE, { input: plan })).data).toEqual({
      saveCampaign: { __typename: 'Campaign', id: 'turnout' },
    });
    const expected = {
      __typename: 'TransparencyNotice',
      campaignId: 'turnout',
      campaignName: 'Get out the vote',
      purpose: 'political',
      required: true,
      sponsor,
      paidBy: { name: 'Green Future Bavaria', contact: null },
      electionOrReferendum: 'Bavarian state election, 8 October 2028',
      amountPaid: { amount: 12500, currency: 'EUR' },
      period: { from: '2028-09-01', to: '2028-10-07' },
      targeting: {
        included: [{ segmentName: 'Young urban climate-minded', criteria: YOUNG_URBAN }],
        excluded: [{ segmentName: 'Bavarian football fans', criteria: FOOTBALL }],
        summary: `${YOUNG_URBAN}, excluding ${FOOTBALL}`,
      },
    };
    const read = await call<{
      campaign: { transparency: unknown; transparencyNotice: unknown; variants: unknown[] };
    }>(`{ campaign(id: "turnout") {
      transparency { sponsor { name contact } paidBy { name contact } electionOrReferendum }
      transparencyNotice { ${NOTICE} }
      variants { id template transparencyNotice { ${NOTICE} } } } }`);
    expect(read.data?.campaign.transparency).toEqual({
      sponsor,
      paidBy: { name: 'Green Future Bavaria', contact: null },
      electionOrReferendum: 'Bavarian state election, 8 October 2028',
    });
    expect(read.data?.campaign.transparencyNotice).toEqual(expected);
    expect(read.data?.campaign.variants).toEqual([
      {
        id: 'hello',
        template: plan.variants[0]?.template,
        transparencyNotice: expected,
      },
    ]);
  });

  it('keeps the saved details when a save leaves them out, and refuses removing them', async () => {
    const { transparency: _, ...withoutDetails } = plan;
    expect(await issuesOf({ ...withoutDetails, name: 'Get out the vote (v2)' })).toBeUndefined();
    expect(await noticeOf('turnout')).toMatchObject({
      campaignName: 'Get out the vote (v2)',
      sponsor,
    });
    expect(await issuesOf({ ...plan, transparency: null })).toEqual([
      'campaign.transparency.sponsor: a political campaign needs a sponsor, with name and contact',
    ]);
  });

  it('has no notice for a commercial campaign, unless it publishes one voluntarily', async () => {
    const commercial = { ...plan, id: 'shop', purpose: 'commercial', transparency: undefined };
    expect(await issuesOf(commercial)).toBeUndefined();
    expect(await noticeOf('shop')).toBeNull();
    expect(
      await issuesOf({ ...commercial, transparency: { electionOrReferendum: null } }),
    ).toBeUndefined();
    expect(await noticeOf('shop')).toMatchObject({ required: false, sponsor: null, paidBy: null });
  });

  it('still loads a political campaign saved before details were required, and says what its notice lacks', async () => {
    const { transparency: _, ...legacy } = { ...plan, id: 'legacy', variants: [] };
    expect((await saveCampaign(api.db, DEFAULT_WORKSPACE_ID, legacy)).ok).toBe(true);
    const read = await call<{ campaign: { name: string; transparency: unknown } }>(
      '{ campaign(id: "legacy") { name transparency { electionOrReferendum } } }',
    );
    expect(read.data?.campaign).toEqual({ name: 'Get out the vote', transparency: null });
    expect(await noticeOf('legacy')).toEqual({
      __typename: 'InputErrors',
      issues: [
        {
          path: 'campaign.transparency.sponsor',
          code: 'invalid_shape',
          message: 'a political campaign needs a sponsor, with name and contact',
        },
      ],
    });
  });

  it('needs campaigns:read to read a notice, even from a save', async () => {
    const response = await call(
      `mutation ($input: CampaignInput!) { saveCampaign(input: $input) {
        ... on Campaign { transparencyNotice { __typename } } } }`,
      { input: plan },
      'writer',
    );
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.message).toBe(
      'this key lacks the scope "campaigns:read" (for Campaign.transparencyNotice)',
    );
  });
});
