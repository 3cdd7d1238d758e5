import { describe, expect, it } from 'vitest';
import { Campaign } from './campaign';
import { reachFromCounts } from './reach-estimate';

const campaign = Campaign.parse({
  id: 'spring',
  name: 'Spring',
  purpose: 'civic',
  includeSegmentIds: ['young'],
  channels: [
    { channel: 'post', costPerContact: 0.8, priority: 1 },
    { channel: 'sms', costPerContact: 0.1, priority: 0 },
    { channel: 'email', costPerContact: 0, priority: 2 },
  ],
  budget: { amount: 1, currency: 'EUR' },
});

const counts = {
  email: 4,
  sms: 30,
  post: 5,
  excluded: 7,
  holdout: 3,
  frequency_cap: 2,
  no_address: 6,
  no_consent: 1,
} as const;

describe('reachFromCounts', () => {
  it('adds up audience, losses and contacts per channel in the campaign order', () => {
    const estimate = reachFromCounts(campaign, counts);
    expect(estimate).toMatchObject({
      audience: 58,
      reachable: 39,
      unreachable: { excluded: 7, holdout: 3, frequencyCapped: 2, noAddress: 6, noConsent: 1 },
      channels: [
        { channel: 'post', reached: 5, costPerContact: 0.8, cost: 4 },
        { channel: 'sms', reached: 30, costPerContact: 0.1, cost: 3 },
        { channel: 'email', reached: 4, costPerContact: 0, cost: 0 },
      ],
      costAtFullReach: 7,
    });
  });

  it("uses the campaign's budget unless one is asked about", () => {
    expect(reachFromCounts(campaign, counts)).toMatchObject({ budget: 1, reachAtBudget: 4 + 10 });
    expect(reachFromCounts(campaign, counts, { budget: 3.8 })).toMatchObject({
      budget: 3.8,
      reachAtBudget: 4 + 30 + 1,
    });
    expect(reachFromCounts({ ...campaign, budget: null }, counts)).toMatchObject({
      budget: null,
      reachAtBudget: null,
    });
  });

  it('draws the budget curve from 0 to the cost at full reach', () => {
    const { curve } = reachFromCounts(campaign, counts);
    expect(curve[0]).toEqual({ budget: 0, reach: 4 });
    expect(curve).toContainEqual({ budget: 3, reach: 34 });
    expect(curve.at(-1)).toEqual({ budget: 7, reach: 39 });
  });

  it('gives zeros for outcomes no one has', () => {
    expect(reachFromCounts(campaign, {})).toMatchObject({
      audience: 0,
      reachable: 0,
      costAtFullReach: 0,
      reachAtBudget: 0,
      curve: [{ budget: 0, reach: 0 }],
    });
  });
});
