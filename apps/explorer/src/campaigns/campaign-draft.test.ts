import { describe, expect, it } from 'vitest';
import { draftFromSaved, newCampaignDraft, toCampaignInput } from './campaign-draft';

describe('campaign draft', () => {
  it('starts with every catalog channel listed and e-mail and SMS on, ranked in catalog order', () => {
    const draft = newCampaignDraft(['email', 'sms', 'post']);
    expect(draft.channels.map((c) => [c.channel, c.enabled, c.priority])).toEqual([
      ['email', true, 0],
      ['sms', true, 1],
      ['post', false, 2],
    ]);
  });

  it('sends only enabled channels, the budget in EUR, and no id for a new plan', () => {
    const draft = {
      ...newCampaignDraft(['email', 'sms', 'post']),
      include: ['a'],
      exclude: ['b'],
      budget: 250,
    };
    const input = toCampaignInput(draft);
    expect(input).not.toHaveProperty('id');
    expect(input.channels).toEqual([
      { channel: 'email', costPerContact: 0.02, priority: 0 },
      { channel: 'sms', costPerContact: 0.09, priority: 1 },
    ]);
    expect(input.budget).toEqual({ amount: 250, currency: 'EUR' });
    expect(input).toMatchObject({
      includeSegmentIds: ['a'],
      excludeSegmentIds: ['b'],
      holdoutShare: 0.1,
    });
    expect(toCampaignInput({ ...draft, id: 'c1', budget: null })).toMatchObject({
      id: 'c1',
      budget: null,
    });
  });

  it('opens a saved campaign with its channels on and others off, and saves its variants back unchanged', () => {
    const variant = {
      id: 'v1',
      name: 'Hello',
      segmentId: 's1',
      channel: 'sms' as const,
      subject: null,
      template: 'Hi',
    };
    const draft = draftFromSaved(
      {
        id: 'c1',
        name: 'Autumn',
        purpose: 'political',
        includeSegments: [{ id: 's1' }],
        excludeSegments: [],
        channels: [{ channel: 'post', costPerContact: 0.7, priority: 2 }],
        holdoutShare: 0.2,
        frequencyCap: { maxMessages: 2, perDays: 7 },
        budget: { amount: 900, currency: 'EUR' },
        variants: [variant],
      },
      ['email', 'post'],
    );
    expect(draft.channels).toEqual([
      { channel: 'email', enabled: false, costPerContact: 0.02, priority: 0 },
      { channel: 'post', enabled: true, costPerContact: 0.7, priority: 2 },
    ]);
    expect(toCampaignInput(draft)).toMatchObject({
      id: 'c1',
      budget: { amount: 900 },
      frequencyCap: { maxMessages: 2, perDays: 7 },
      variants: [variant],
    });
  });
});
