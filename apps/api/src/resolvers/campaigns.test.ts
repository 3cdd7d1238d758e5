import { loadAudienceContext, readWorkspaceProfiles, type AudienceContext } from '@pinpoint/db';
import { Campaign, DEFAULT_WORKSPACE_ID, reachOf, type Profile } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTargets, startTestServer, TEST_AS_OF, type TestServer } from '../testing/test-server';

const AS_OF = TEST_AS_OF.toISOString();

const plan = {
  id: 'autumn',
  name: 'Autumn appeal',
  purpose: 'civic',
  includeSegmentIds: [DEMO_SEGMENT_IDS.lapsedDonors, DEMO_SEGMENT_IDS.youngUrbanClimate],
  excludeSegmentIds: [DEMO_SEGMENT_IDS.bavarianFootballFans],
  channels: [
    { channel: 'email', costPerContact: 0.02, priority: 0 },
    { channel: 'sms', costPerContact: 0.09, priority: 1 },
    { channel: 'post', costPerContact: 0.85, priority: 2 },
  ],
  variants: [
    {
      id: 'thanks',
      name: 'Thank you',
      segmentId: DEMO_SEGMENT_IDS.lapsedDonors,
      channel: 'email',
      subject: 'Thank you, {{ profile.first_name | default: "friend" }}',
      template: 'Hello {{ profile.first_name | default: "there" }}, we miss you.',
    },
  ],
  holdoutShare: 0.2,
  budget: { amount: 40, currency: 'EUR' },
};

const REACH = `__typename ... on ReachEstimate { audience reachable costAtFullReach budget reachAtBudget
  channels { channel reached costPerContact cost }
  unreachable { excluded holdout frequencyCapped noAddress noConsent }
  curve { budget reach } source { engine asOf } }
  ... on InputErrors { issues { path code message } }`;

describe.each(apiTargets())('campaigns over GraphQL on $name', ({ target, index }) => {
  let api: TestServer;
  let profiles: Profile[];
  let context: AudienceContext;

  beforeAll(async () => {
    api = await startTestServer(target, { index: index ? {} : undefined });
    profiles = await readWorkspaceProfiles(api.db, DEFAULT_WORKSPACE_ID);
    context = await loadAudienceContext(api.db, DEFAULT_WORKSPACE_ID, TEST_AS_OF);
  }, 120_000);
  afterAll(() => api.close());

  it('saves a campaign and reads it back with its segments and variants', async () => {
    const saved = await api.graphql<{ saveCampaign: Record<string, unknown> }>(
      `mutation ($input: CampaignInput!) { saveCampaign(input: $input) { __typename
        ... on Campaign { id name holdoutShare includeSegments { name } variants { id segment { name } } budget { amount currency } } } }`,
      { input: plan },
    );
    expect(saved.data?.saveCampaign).toEqual({
      __typename: 'Campaign',
      id: 'autumn',
      name: 'Autumn appeal',
      holdoutShare: 0.2,
      includeSegments: [{ name: 'Lapsed donors' }, { name: 'Young urban climate-minded' }],
      variants: [{ id: 'thanks', segment: { name: 'Lapsed donors' } }],
      budget: { amount: 40, currency: 'EUR' },
    });
    const listed = await api.graphql<{ campaigns: { id: string }[] }>(
      '{ campaigns(search: "AUTUMN") { id } }',
    );
    expect(listed.data?.campaigns).toEqual([{ id: 'autumn' }]);
  });

  it('refuses templates that do not parse or use unknown variables, with line and column', async () => {
    const response = await api.graphql<{ saveCampaign: { issues: unknown[] } }>(
      `mutation ($input: CampaignInput!) { saveCampaign(input: $input) {
        ... on InputErrors { issues { path code line column } } } }`,
      {
        input: {
          ...plan,
          id: 'broken',
          variants: [
            {
              ...plan.variants[0],
              template: 'Hi {{ profile.first_name }},\n{% if x %}never closed',
            },
            { ...plan.variants[0], id: 'v2', subject: null, template: 'Hi {{ profile.nickname }}' },
          ],
        },
      },
    );
    expect(response.data?.saveCampaign.issues).toEqual([
      { path: 'campaign.variants[0].template', code: 'syntax_error', line: 2, column: 1 },
      { path: 'campaign.variants[1].template', code: 'unknown_variable', line: 1, column: 7 },
    ]);
    const stored = await api.graphql<{ campaign: unknown }>('{ campaign(id: "broken") { id } }');
    expect(stored.data?.campaign).toBeNull();
  });

  it('refuses unknown segments and bad shapes by path', async () => {
    const response = await api.graphql<{ saveCampaign: { issues: unknown[] } }>(
      `mutation ($input: CampaignInput!) { saveCampaign(input: $input) {
        ... on InputErrors { issues { path code } } } }`,
      { input: { ...plan, id: 'x', includeSegmentIds: ['ghost'], variants: [] } },
    );
    expect(response.data?.saveCampaign.issues).toEqual([
      { path: 'campaign.includeSegmentIds[0]', code: 'unknown_segment' },
    ]);
    const shape = await api.graphql<{ saveCampaign: { issues: unknown[] } }>(
      `mutation ($input: CampaignInput!) { saveCampaign(input: $input) {
        ... on InputErrors { issues { path code } } } }`,
      { input: { ...plan, holdoutShare: 0.9, channels: [] } },
    );
    expect(shape.data?.saveCampaign.issues).toEqual([
      { path: 'campaign.channels', code: 'invalid_shape' },
      { path: 'campaign.holdoutShare', code: 'invalid_shape' },
    ]);
  });

  it('estimates reach exactly as the in-memory reference does, for saved and draft plans', async () => {
    const campaign = Campaign.parse(plan);
    for (const budget of [null, 5, 40, 1e6]) {
      const expected = reachOf(profiles, campaign, context, { budget: budget ?? undefined });
      if (!expected.ok) throw new Error('reference failed');
      const saved = await api.graphql<{ reachEstimate: Record<string, unknown> }>(
        `query ($budget: Float) { reachEstimate(campaign: { id: "autumn" }, asOf: "${AS_OF}", budget: $budget) { ${REACH} } }`,
        { budget },
      );
      expect(saved.data?.reachEstimate).toEqual({
        __typename: 'ReachEstimate',
        ...expected.value,
        source: { engine: index ? 'index' : 'sql', asOf: AS_OF },
      });
    }
    const draft = await api.graphql<{ reachEstimate: Record<string, unknown> }>(
      `query ($draft: CampaignInput!) { reachEstimate(campaign: { draft: $draft }, asOf: "${AS_OF}") { ${REACH} } }`,
      { draft: plan },
    );
    const viaField = await api.graphql<{ campaign: { reachEstimate: Record<string, unknown> } }>(
      `{ campaign(id: "autumn") { reachEstimate(asOf: "${AS_OF}") { ${REACH} } } }`,
    );
    expect(draft.data?.reachEstimate).toEqual(viaField.data?.campaign.reachEstimate);
  });

  it('holds out the same people on every call, about the share asked for', async () => {
    const ask = () =>
      api.graphql<{
        reachEstimate: { audience: number; unreachable: { excluded: number; holdout: number } };
      }>(`{ reachEstimate(campaign: { id: "autumn" }, asOf: "${AS_OF}") { ${REACH} } }`);
    const [first, second] = [await ask(), await ask()];
    expect(second.data).toEqual(first.data);
    const { audience, unreachable } = first.data!.reachEstimate;
    const eligible = audience - unreachable.excluded;
    expect(unreachable.holdout / eligible).toBeGreaterThan(0.12);
    expect(unreachable.holdout / eligible).toBeLessThan(0.28);
  });

  it('counts each reachable person once and spends a budget on the cheapest channels first', async () => {
    const response = await api.graphql<{
      reachEstimate: {
        audience: number;
        reachable: number;
        channels: { reached: number; cost: number; costPerContact: number }[];
        unreachable: Record<string, number>;
        reachAtBudget: number;
        costAtFullReach: number;
        curve: { budget: number; reach: number }[];
      };
    }>(`{ reachEstimate(campaign: { id: "autumn" }, asOf: "${AS_OF}", budget: 10) { ${REACH} } }`);
    const estimate = response.data!.reachEstimate;
    const unreachable = Object.values(estimate.unreachable).reduce((a, b) => a + b, 0);
    expect(estimate.reachable + unreachable).toBe(estimate.audience);
    expect(estimate.channels.reduce((n, c) => n + c.reached, 0)).toBe(estimate.reachable);
    // Greedy by cost per contact, whole contacts only: email (0.02), then sms, then post.
    let left = 10;
    let bought = 0;
    for (const c of [...estimate.channels].sort((a, b) => a.costPerContact - b.costPerContact)) {
      const take = Math.min(c.reached, Math.floor(left / c.costPerContact + 1e-9));
      bought += take;
      left -= take * c.costPerContact;
    }
    expect(estimate.reachAtBudget).toBe(bought);
    expect(bought).toBeGreaterThan(estimate.channels[0]!.reached);
    const reaches = estimate.curve.map((p) => p.reach);
    expect([...reaches].sort((a, b) => a - b)).toEqual(reaches);
    expect(estimate.curve.at(-1)).toEqual({
      budget: estimate.costAtFullReach,
      reach: estimate.reachable,
    });
  });

  it('deletes campaigns, and reports unknown ones', async () => {
    const blocked = await api.graphql<{ deleteSegment: unknown }>(
      `mutation { deleteSegment(id: "${DEMO_SEGMENT_IDS.bavarianFootballFans}") { ... on InputErrors { issues { code } } } }`,
    );
    expect(blocked.data?.deleteSegment).toEqual({ issues: [{ code: 'in_use' }] });
    const deleted = await api.graphql<{ a: unknown; b: unknown }>(
      `mutation { a: deleteCampaign(id: "autumn") { __typename } b: deleteCampaign(id: "autumn") {
        __typename ... on InputErrors { issues { code } } } }`,
    );
    expect(deleted.data).toEqual({
      a: { __typename: 'DeletedCampaign' },
      b: { __typename: 'InputErrors', issues: [{ code: 'not_found' }] },
    });
  });
});
