import { describe, expect, it } from 'vitest';
import { Campaign } from './campaign';
import {
  campaignRules,
  channelsByPriority,
  checkReachRequest,
  SENT_EVENT_TYPE,
} from './campaign-audience';
import { indexCatalog } from './catalog';
import { TEST_CATALOG, TEST_CATALOG_INDEX } from './testing';

const campaign = (overrides: Record<string, unknown> = {}) =>
  Campaign.parse({
    id: 'spring',
    name: 'Spring',
    purpose: 'civic',
    includeSegmentIds: ['young', 'urban'],
    excludeSegmentIds: ['donors'],
    channels: [
      { channel: 'post', costPerContact: 0.8, priority: 1 },
      { channel: 'sms', costPerContact: 0.05, priority: 0 },
      { channel: 'email', costPerContact: 0.001, priority: 1 },
      { channel: 'push', costPerContact: 0, priority: 0 },
    ],
    frequencyCap: { maxMessages: 2, perDays: 7 },
    ...overrides,
  });

const withSent = indexCatalog({
  ...TEST_CATALOG,
  eventTypes: [
    ...TEST_CATALOG.eventTypes,
    { key: SENT_EVENT_TYPE, label: 'Sent', description: '' },
  ],
});

describe('channelsByPriority', () => {
  it('orders by priority, equal priorities as the campaign lists them', () => {
    expect(channelsByPriority(campaign()).map((c) => c.channel)).toEqual([
      'sms',
      'push',
      'post',
      'email',
    ]);
  });
});

describe('campaignRules', () => {
  it('includes the union of the included segments and excludes the union of the excluded', () => {
    const rules = campaignRules(campaign(), withSent);
    expect(rules.include).toEqual({
      or: [{ segment: { id: 'young' } }, { segment: { id: 'urban' } }],
    });
    expect(rules.exclude).toEqual({ or: [{ segment: { id: 'donors' } }] });
    expect(campaignRules(campaign({ excludeSegmentIds: [] }), withSent).exclude).toBeNull();
  });

  it('caps people with maxMessages sent events within perDays days', () => {
    expect(campaignRules(campaign(), withSent).frequencyCapped).toEqual({
      event: { type: 'sent', withinDays: 7, atLeast: 2 },
    });
    expect(campaignRules(campaign({ frequencyCap: null }), withSent).frequencyCapped).toBeNull();
  });

  it('caps no one when the catalog has no sent events', () => {
    expect(campaignRules(campaign(), TEST_CATALOG_INDEX).frequencyCapped).toBeNull();
  });
});

describe('checkReachRequest', () => {
  it('names each unknown segment by its place in the campaign', () => {
    const known = (id: string) =>
      id === 'urban'
        ? { id, name: 'Urban', rule: { not: { reachable: { channel: 'sms' as const } } } }
        : undefined;
    expect(checkReachRequest(campaign(), known)).toEqual({
      ok: false,
      issues: [
        {
          path: 'campaign.includeSegmentIds[0]',
          code: 'unknown_segment',
          message: 'unknown segment "young"',
        },
        {
          path: 'campaign.excludeSegmentIds[0]',
          code: 'unknown_segment',
          message: 'unknown segment "donors"',
        },
      ],
    });
  });

  it('refuses a negative budget', () => {
    const all = (id: string) => ({
      id,
      name: id,
      rule: { reachable: { channel: 'sms' as const } },
    });
    expect(checkReachRequest(campaign(), all, -1)).toMatchObject({
      ok: false,
      issues: [{ path: 'budget' }],
    });
    expect(checkReachRequest(campaign(), all, 0)).toEqual({ ok: true, value: null });
  });
});
