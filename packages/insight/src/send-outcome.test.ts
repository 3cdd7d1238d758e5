import type { Campaign } from '@pinpoint/domain';
import { describe, expect, it } from 'vitest';
import { demoCatalog } from '@pinpoint/population';
import { DEMO_FEATURE_OPTIONS, demoProfiles } from '../test/support/demo-design';
import { fitFeatureEncoder } from './features';
import { sendOutcomesOf, SendOutcome, simulateSendOutcomes } from './send-outcome';
import { HELD_OUT, type SimulatedCampaign } from './synthetic-outcomes';

const campaign: Pick<Campaign, 'id' | 'variants' | 'channels'> = {
  id: 'spring-appeal',
  channels: [
    { channel: 'post', costPerContact: 0.8, priority: 2 },
    { channel: 'email', costPerContact: 0.01, priority: 1 },
  ],
  variants: [
    {
      id: 'climate',
      name: 'Climate',
      segmentId: '00000000-0000-4000-8000-000000000001',
      channel: 'sms',
      subject: null,
      template: 'Hi',
    },
    {
      id: 'local',
      name: 'Local',
      segmentId: '00000000-0000-4000-8000-000000000001',
      channel: null,
      subject: null,
      template: 'Hi',
    },
  ],
};
const profile = (n: number, preferredChannel: 'push' | null) => ({
  id: `00000000-0000-4000-8000-00000000010${n}`,
  preferredChannel,
});
const simulated = (arm: number[], responded: number[]): SimulatedCampaign => ({
  variantIds: ['climate', 'local'],
  arm: Int32Array.from(arm),
  responded: Uint8Array.from(responded),
  truth: { variantIds: ['climate', 'local'], control: new Float64Array(arm.length), byVariant: [] },
});

describe('sendOutcomesOf', () => {
  it('records variant, channel and response per person; held-out people have neither variant nor channel', () => {
    const outcomes = sendOutcomesOf(
      campaign,
      [profile(1, null), profile(2, 'push'), profile(3, null), profile(4, null)],
      simulated([0, 1, 1, HELD_OUT], [1, 0, 1, 0]),
    );
    expect(outcomes.map((o) => [o.variantId, o.channel, o.responded])).toEqual([
      ['climate', 'sms', true], // the variant's own channel
      ['local', 'push', false], // the person's preferred channel
      ['local', 'email', true], // the campaign's first channel by priority
      [null, null, false],
    ]);
    for (const outcome of outcomes) expect(SendOutcome.safeParse(outcome).success).toBe(true);
  });

  it('rejects a record with a variant but no channel, and mismatched inputs', () => {
    const broken = {
      campaignId: 'c',
      profileId: profile(1, null).id,
      variantId: 'climate',
      channel: null,
      responded: false,
    };
    expect(SendOutcome.safeParse(broken).success).toBe(false);
    expect(() => sendOutcomesOf(campaign, [profile(1, null)], simulated([0, 0], [0, 0]))).toThrow(
      RangeError,
    );
    expect(() =>
      sendOutcomesOf({ ...campaign, variants: [] }, [profile(1, null)], simulated([0], [0])),
    ).toThrow(/climate/);
  });
});

describe('simulateSendOutcomes', () => {
  it("draws a campaign's records from its variants and holdout share", () => {
    const profiles = demoProfiles(3, 2_000);
    const { simulated, outcomes } = simulateSendOutcomes({
      campaign: { ...campaign, holdoutShare: 0.25 },
      profiles,
      encoder: fitFeatureEncoder(demoCatalog, profiles, DEMO_FEATURE_OPTIONS),
      truth: {
        control: { intercept: -2, weights: { 'interest:climate': 0.5 } },
        treatment: {
          climate: { intercept: 0.5, weights: {} },
          local: { intercept: 0, weights: {} },
        },
      },
      seed: 8,
    });
    expect(outcomes.map((o) => o.profileId)).toEqual(profiles.map((p) => p.id));
    expect(new Set(outcomes.map((o) => o.variantId))).toEqual(new Set(['climate', 'local', null]));
    const held = outcomes.filter((o) => o.variantId === null).length;
    // Binomial(2,000, 0.25): standard deviation ≈ 19.
    expect(Math.abs(held - 500)).toBeLessThan(4 * 19.4);
    outcomes.forEach((o, i) => expect(o.responded).toBe(simulated.responded[i] === 1));
  });
});
