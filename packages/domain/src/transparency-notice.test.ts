import { describe, expect, it } from 'vitest';
import { Campaign, type CampaignPurpose } from './campaign';
import { Catalog } from './catalog';
import type { SegmentDefinition } from './rule-references';
import type { SegmentRule } from './segment-rule';
import { transparencyNotice } from './transparency-notice';
import { TEST_CATALOG } from './testing';

const catalog = Catalog.parse({
  ...TEST_CATALOG,
  eventTypes: [...TEST_CATALOG.eventTypes, { key: 'donation', label: 'Donation' }],
});

const SEGMENTS: Record<string, [name: string, rule: SegmentRule]> = {
  target: [
    'Swing voters 30–45',
    {
      and: [
        { attribute: { key: 'age', op: 'between', min: 30, max: 45 } },
        { attribute: { key: 'region', op: 'in', values: ['BY', 'BE'] } },
        { reachable: { channel: 'email' } },
      ],
    },
  ],
  cyclists: ['Cyclists', { interest: { topic: 'cycling', minAffinity: 0.5 } }],
  donors: ['Recent donors', { event: { type: 'donation', withinDays: 30, atLeast: 1 } }],
  members: ['Members', { attribute: { key: 'member', op: 'eq', value: true } }],
};
const segments = (id: string): SegmentDefinition | undefined => {
  const found = SEGMENTS[id];
  return found && { id, name: found[0], rule: found[1] };
};

const plan = (purpose: CampaignPurpose, include: string[], exclude: string[] = []) =>
  Campaign.parse({
    id: 'c1',
    name: 'Get out the vote',
    purpose,
    includeSegmentIds: include,
    excludeSegmentIds: exclude,
    channels: [{ channel: 'email', costPerContact: 0, priority: 0 }],
  });

const sponsor = { name: 'Green Future e.V.', contact: 'press@green-future.example' };

describe('transparencyNotice', () => {
  it('gives sponsor, payer, election and the targeting criteria in plain words', () => {
    const result = transparencyNotice({
      campaign: plan('political', ['target'], ['donors']),
      details: {
        sponsor,
        paidBy: { name: 'Green Future Bavaria' },
        electionOrReferendum: 'Bavarian state election, 8 October 2028',
        amountPaid: { amount: 12500, currency: 'EUR' },
        period: { from: '2028-09-01', to: '2028-10-07' },
      },
      segments,
      catalog,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        campaignId: 'c1',
        campaignName: 'Get out the vote',
        purpose: 'political',
        required: true,
        sponsor,
        paidBy: { name: 'Green Future Bavaria', contact: null },
        electionOrReferendum: 'Bavarian state election, 8 October 2028',
        amountPaid: { amount: 12500, currency: 'EUR' },
        period: { from: '2028-09-01', to: '2028-10-07' },
        targeting: {
          included: [
            {
              segmentId: 'target',
              segmentName: 'Swing voters 30–45',
              criteria:
                'people whose Age is from 30 to 45 years and whose Region is BY or BE and who are reachable by email',
            },
          ],
          excluded: [
            {
              segmentId: 'donors',
              segmentName: 'Recent donors',
              criteria: 'people who had Donation at least once in the last 30 days',
            },
          ],
          summary:
            'people whose Age is from 30 to 45 years and whose Region is BY or BE and who are reachable by email, excluding people who had Donation at least once in the last 30 days',
        },
      },
    });
  });

  it('names the sponsor as payer when no one else paid', () => {
    const result = transparencyNotice({
      campaign: plan('political', ['target']),
      details: { sponsor },
      segments,
      catalog,
    });
    expect(result.ok && result.value.paidBy).toEqual(sponsor);
    expect(result.ok && result.value.electionOrReferendum).toBeNull();
  });

  it('keeps several included and excluded segments apart in the summary', () => {
    const result = transparencyNotice({
      campaign: plan('political', ['target', 'cyclists'], ['donors', 'members']),
      details: { sponsor },
      segments,
      catalog,
    });
    expect(result.ok && result.value.targeting.summary).toBe(
      'people whose Age is from 30 to 45 years and whose Region is BY or BE and who are reachable by email; ' +
        'or people whose interest in Cycling is rated at least 50%; ' +
        'in every case excluding people who had Donation at least once in the last 30 days; ' +
        'and people whose Member is yes',
    );
  });

  it('requires a sponsor with name and contact for a political campaign, with clear errors', () => {
    const issues = (details: unknown) => {
      const result = transparencyNotice({
        campaign: plan('political', ['target']),
        details,
        segments,
        catalog,
      });
      return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
    };
    expect(issues({})).toEqual([
      'details.sponsor: a political campaign needs a sponsor, with name and contact',
    ]);
    expect(issues({ sponsor: null })).toEqual([
      'details.sponsor: a political campaign needs a sponsor, with name and contact',
    ]);
    expect(issues({ sponsor: 'Green Future' })).toEqual([
      'details.sponsor: Invalid input: expected object, received string',
    ]);
    expect(issues({ sponsor: { name: '  ' } })).toEqual([
      "details.sponsor.name: the sponsor's name is required",
      'details.sponsor.contact: a contact for the sponsor (an email or postal address) is required',
    ]);
    expect(
      issues({
        sponsor,
        amountPaid: { amount: -1, currency: 'eur' },
        period: { from: '2028-10-07', to: '2028-09-01' },
      }),
    ).toEqual([
      'details.amountPaid.amount: expected an amount of 0 or more',
      'details.amountPaid.currency: expected an ISO 4217 code such as EUR',
      'details.period.to: expected to on or after from',
    ]);
  });

  it('lets a commercial campaign publish a notice without a sponsor', () => {
    const result = transparencyNotice({
      campaign: plan('commercial', ['cyclists']),
      details: {},
      segments,
      catalog,
    });
    expect(result.ok && result.value).toMatchObject({
      required: false,
      sponsor: null,
      paidBy: null,
    });
  });

  it('reports unknown segments by their place in the campaign, together with detail problems', () => {
    const result = transparencyNotice({
      campaign: plan('political', ['target', 'gone'], ['lost']),
      details: {},
      segments,
      catalog,
    });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['details.sponsor', 'invalid_shape'],
      ['campaign.includeSegmentIds[1]', 'unknown_segment'],
      ['campaign.excludeSegmentIds[0]', 'unknown_segment'],
    ]);
  });
});
