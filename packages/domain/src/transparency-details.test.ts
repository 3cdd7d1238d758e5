import { describe, expect, it } from 'vitest';
import { Campaign } from './campaign';
import { parseTransparencyDetails } from './transparency-details';

const sponsor = { name: 'Green Future e.V.', contact: 'press@green-future.example' };

const messages = (result: ReturnType<typeof parseTransparencyDetails>) =>
  result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);

describe('parseTransparencyDetails', () => {
  it('tells a political campaign without details that it needs a sponsor, under the path given', () => {
    for (const none of [undefined, null, {}]) {
      expect(
        messages(parseTransparencyDetails('political', none, 'campaign.transparency')),
      ).toEqual([
        'campaign.transparency.sponsor: a political campaign needs a sponsor, with name and contact',
      ]);
    }
  });

  it('fills in defaults, and accepts no details for commercial and civic campaigns', () => {
    expect(parseTransparencyDetails('political', { sponsor }, 'details')).toEqual({
      ok: true,
      value: {
        sponsor,
        paidBy: null,
        electionOrReferendum: null,
        amountPaid: null,
        period: null,
      },
    });
    expect(parseTransparencyDetails('civic', undefined, 'details').ok).toBe(true);
    expect(parseTransparencyDetails('commercial', null, 'details').ok).toBe(true);
  });
});

describe('Campaign.transparency', () => {
  const plan = {
    id: 'c1',
    name: 'Vote',
    purpose: 'political',
    includeSegmentIds: ['s1'],
    channels: [{ channel: 'email', costPerContact: 0, priority: 0 }],
  };

  it('loads campaigns saved without details, and keeps details given', () => {
    expect(Campaign.parse(plan)).not.toHaveProperty('transparency');
    expect(Campaign.parse({ ...plan, transparency: { sponsor } }).transparency).toEqual({
      sponsor,
      paidBy: null,
      electionOrReferendum: null,
      amountPaid: null,
      period: null,
    });
  });
});
