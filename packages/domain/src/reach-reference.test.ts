import { describe, expect, it } from 'vitest';
import { Campaign } from './campaign';
import { campaignRules, SENT_EVENT_TYPE } from './campaign-audience';
import { indexCatalog } from './catalog';
import type { Channel, Consent } from './channel';
import { DAY_MS } from './event-window';
import { reachOf, reachOutcome } from './reach-reference';
import type { SegmentDefinition } from './rule-references';
import { TEST_CATALOG, testProfile, type TestProfileInput } from './testing';

const asOf = new Date('2026-03-01T12:00:00Z');
const catalog = indexCatalog({
  ...TEST_CATALOG,
  eventTypes: [
    ...TEST_CATALOG.eventTypes,
    { key: SENT_EVENT_TYPE, label: 'Sent', description: '' },
  ],
});
const saved: Record<string, SegmentDefinition> = {
  everyone: {
    id: 'everyone',
    name: 'Everyone',
    rule: { not: { attribute: { key: 'age', op: 'lt', value: 0 } } },
  },
  members: {
    id: 'members',
    name: 'Members',
    rule: { attribute: { key: 'member', op: 'eq', value: true } },
  },
};
const context = { asOf, catalog, segments: (id: string) => saved[id] };

const campaign = (overrides: Record<string, unknown> = {}) =>
  Campaign.parse({
    id: 'spring',
    name: 'Spring',
    purpose: 'civic',
    includeSegmentIds: ['everyone'],
    channels: [
      { channel: 'post', costPerContact: 0.8, priority: 1 },
      { channel: 'sms', costPerContact: 0.05, priority: 0 },
      { channel: 'email', costPerContact: 0.001, priority: 0 },
    ],
    ...overrides,
  });

const contact = (channel: Channel, address: string | null, consent: Consent = 'granted') => ({
  channel,
  address,
  consent,
  consentAt: null,
});

const outcome = (facts: TestProfileInput, plan = campaign()) =>
  reachOutcome(testProfile(facts), plan, campaignRules(plan, catalog), context);

describe('reachOutcome', () => {
  it('uses the preferred channel when the campaign has it and it is reachable', () => {
    const channels = [contact('post', 'Hauptstraße 1'), contact('sms', '+49 30 1')];
    expect(outcome({ channels, preferredChannel: 'post' })).toBe('post');
  });

  it('else takes the reachable channel of lowest priority, ties in campaign order', () => {
    const channels = [
      contact('post', 'Hauptstraße 1'),
      contact('sms', '+49 30 1'),
      contact('email', 'a@b.de'),
    ];
    expect(outcome({ channels, preferredChannel: 'phone' })).toBe('sms');
    expect(outcome({ channels: channels.slice(0, 1).concat(channels.slice(2)) })).toBe('email');
    const preferredUnreachable = [...channels.slice(0, 2), contact('email', 'a@b.de', 'denied')];
    expect(outcome({ channels: preferredUnreachable, preferredChannel: 'email' })).toBe('sms');
  });

  it('tells no address on any campaign channel from an address without consent', () => {
    expect(outcome({ channels: [contact('phone', '+49 30 1')] })).toBe('no_address');
    expect(outcome({ channels: [contact('sms', null)] })).toBe('no_address');
    expect(outcome({ channels: [contact('sms', '+49 30 1', 'unknown')] })).toBe('no_consent');
  });

  it('checks exclusion, then holdout, then the frequency cap, before channels', () => {
    const channels = [contact('sms', '+49 30 1')];
    const sent = (daysAgo: number) => ({
      type: 'sent',
      occurredAt: new Date(asOf.getTime() - daysAgo * DAY_MS),
    });
    const capped = campaign({ frequencyCap: { maxMessages: 2, perDays: 7 } });
    expect(
      outcome(
        { channels, attributes: { member: true } },
        campaign({ excludeSegmentIds: ['members'] }),
      ),
    ).toBe('excluded');
    expect(outcome({ channels }, campaign({ holdoutShare: 0.5 }))).toBe('holdout');
    expect(outcome({ channels, events: [sent(0), sent(6.9)] }, capped)).toBe('frequency_cap');
    // The window is (asOf − 7 days, asOf]: an event exactly 7 days ago no longer counts.
    expect(outcome({ channels, events: [sent(0), sent(7)] }, capped)).toBe('sms');
  });

  it('is null for people outside the included segments', () => {
    expect(
      outcome({ attributes: { member: false } }, campaign({ includeSegmentIds: ['members'] })),
    ).toBeNull();
  });
});

describe('reachOf', () => {
  const people = [
    testProfile({
      externalId: 'a',
      attributes: { member: true },
      channels: [contact('sms', '+49 30 1')],
    }),
    testProfile({
      externalId: 'b',
      channels: [contact('email', 'b@example.org')],
      preferredChannel: 'email',
    }),
    testProfile({ externalId: 'c', channels: [contact('post', null)] }),
  ];

  it('counts outcomes and prices them', () => {
    const result = reachOf(people, campaign(), context, { budget: 0.05 });
    expect(result).toMatchObject({
      ok: true,
      value: {
        audience: 3,
        reachable: 2,
        unreachable: { noAddress: 1 },
        costAtFullReach: 0.051,
        reachAtBudget: 1,
      },
    });
  });

  it('reports unknown segments with their path instead of throwing', () => {
    expect(reachOf(people, campaign({ excludeSegmentIds: ['ghosts'] }), context)).toEqual({
      ok: false,
      issues: [
        {
          path: 'campaign.excludeSegmentIds[0]',
          code: 'unknown_segment',
          message: 'unknown segment "ghosts"',
        },
      ],
    });
  });
});
