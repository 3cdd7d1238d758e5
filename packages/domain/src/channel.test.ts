import { describe, expect, it } from 'vitest';
import { Channel, CHANNELS, ChannelContact, Consent, isReachable } from './channel';

const contact = (overrides: Record<string, unknown> = {}) => ({
  channel: 'email',
  address: 'anna@example.org',
  consent: 'granted',
  consentAt: null,
  ...overrides,
});

describe('Channel and Consent', () => {
  it('lists the channels in their canonical order', () => {
    expect(CHANNELS).toEqual(['email', 'sms', 'push', 'post', 'phone']);
    expect(Channel.safeParse('fax').success).toBe(false);
  });

  it('knows exactly three consent states', () => {
    expect(Consent.options).toEqual(['granted', 'denied', 'unknown']);
    expect(Consent.safeParse('yes').success).toBe(false);
  });
});

describe('ChannelContact', () => {
  it.each([
    ['anna@example.org', 'anna@example.org'],
    ['  anna@example.org\n', 'anna@example.org'],
    ['', null],
    ['   ', null],
    ['\t\n', null],
    [null, null],
  ])('stores the address %j as %j', (address, stored) => {
    expect(ChannelContact.parse(contact({ address })).address).toBe(stored);
  });

  it('reads consentAt from an ISO string and keeps null', () => {
    const at = '2024-05-01T08:30:00.000Z';
    expect(ChannelContact.parse(contact({ consentAt: at })).consentAt).toEqual(new Date(at));
    expect(ChannelContact.parse(contact()).consentAt).toBeNull();
  });

  it.each([
    ['an unknown channel', { channel: 'fax' }, 'channel'],
    ['an unknown consent', { consent: 'maybe' }, 'consent'],
    ['a missing address', { address: undefined }, 'address'],
    ['an address over 1000 characters', { address: 'a'.repeat(1001) }, 'address'],
    ['an invalid consent time', { consentAt: 'last week' }, 'consentAt'],
  ])('rejects %s', (_, overrides, path) => {
    const result = ChannelContact.safeParse(contact(overrides));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
  });
});

describe('isReachable', () => {
  it.each([
    ['an address and granted consent', contact(), true],
    ['unknown consent', contact({ consent: 'unknown' }), false],
    ['denied consent', contact({ consent: 'denied' }), false],
    ['no address', contact({ address: null }), false],
    ['a blank address', contact({ address: '  ' }), false],
    ['no address and denied consent', contact({ address: null, consent: 'denied' }), false],
  ])('with %s', (_, input, expected) => {
    expect(isReachable(ChannelContact.parse(input))).toBe(expected);
  });

  it('is false without a contact on the channel', () => {
    expect(isReachable(undefined)).toBe(false);
  });
});
