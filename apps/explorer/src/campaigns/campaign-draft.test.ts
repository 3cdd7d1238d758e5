import { describe, expect, it } from 'vitest';
import {
  draftFromSaved,
  newCampaignDraft,
  toCampaignInput,
  toReachInput,
  type CampaignDraft,
} from './campaign-draft';
import type { SavedCampaign } from './saved-campaigns';
import { emptyTransparencyDraft } from './transparency-draft';

const details = {
  sponsor: { name: 'Green Future e.V.', contact: 'press@green-future.example' },
  paidBy: { name: 'Green Future Bavaria', contact: null },
  electionOrReferendum: 'Bavarian state election, 8 October 2028',
  amountPaid: { amount: 12500, currency: 'EUR' },
  period: { from: '2028-09-01', to: '2028-10-07' },
};

/** A political draft with the sponsor, payer and election typed in, the rest left blank. */
function politicalDraft(): CampaignDraft {
  return {
    ...newCampaignDraft(['email']),
    purpose: 'political',
    include: ['s1'],
    transparency: {
      ...emptyTransparencyDraft(),
      sponsorName: ' Green Future e.V. ',
      sponsorContact: 'press@green-future.example',
      payerName: 'Green Future Bavaria',
      electionOrReferendum: 'Bavarian state election, 8 October 2028',
    },
  };
}

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
        transparency: details,
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

  it('sends the transparency details of a political campaign, blank optional fields as null', () => {
    expect(toCampaignInput(politicalDraft()).transparency).toEqual({
      sponsor: { name: 'Green Future e.V.', contact: 'press@green-future.example' },
      paidBy: { name: 'Green Future Bavaria', contact: null },
      electionOrReferendum: 'Bavarian state election, 8 October 2028',
      amountPaid: null,
      period: null,
    });
  });

  it('leaves the details out of other campaigns and of reach estimates, but keeps them in the draft', () => {
    const draft = { ...politicalDraft(), purpose: 'civic' as const };
    expect(toCampaignInput(draft)).not.toHaveProperty('transparency');
    expect(toReachInput(politicalDraft())).not.toHaveProperty('transparency');
    expect(toCampaignInput({ ...draft, purpose: 'political' }).transparency).toMatchObject({
      sponsor: { name: 'Green Future e.V.' },
    });
  });

  it('opens a saved campaign with its details and saves them back unchanged', () => {
    const saved: SavedCampaign = {
      id: 'c2',
      name: 'Turnout',
      purpose: 'political',
      includeSegments: [{ id: 's1' }],
      excludeSegments: [],
      channels: [{ channel: 'email', costPerContact: 0.02, priority: 0 }],
      holdoutShare: 0,
      frequencyCap: null,
      budget: null,
      variants: [],
      transparency: details,
    };
    const draft = draftFromSaved(saved, ['email']);
    expect(draft.transparency).toMatchObject({
      sponsorName: 'Green Future e.V.',
      payerContact: '',
      periodTo: '2028-10-07',
    });
    expect(toCampaignInput(draft).transparency).toEqual(details);
    expect(draftFromSaved({ ...saved, transparency: null }, ['email']).transparency).toEqual(
      emptyTransparencyDraft(),
    );
  });
});
