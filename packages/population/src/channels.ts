import type { Channel, ChannelContact, Consent } from '@pinpoint/domain';
import type { RandomGenerator } from 'pure-rand';
import { emailAddress, phoneNumber, postalAddress, pushToken } from './addresses';
import type { City } from './cities';
import type { Name } from './names';
import { chance, uniform } from './random';
import { draw, tableOf, type WeightedTable } from './weighted-table';

/** Chance of having an address on a channel, per age band (18–29 … 80+). */
const PRESENCE: Record<Channel, readonly number[]> = {
  email: [0.93, 0.9, 0.82, 0.64, 0.38],
  sms: [0.72, 0.68, 0.55, 0.38, 0.18],
  push: [0.38, 0.3, 0.18, 0.08, 0.03],
  post: [0.95, 0.95, 0.95, 0.95, 0.95],
  phone: [0.15, 0.3, 0.5, 0.72, 0.82],
};

const CONSENTS: readonly Consent[] = ['granted', 'denied', 'unknown'];
const consent = (granted: number, denied: number, unknown: number) =>
  tableOf(CONSENTS, [granted, denied, unknown]);

/**
 * Consent given an address, for non-members and members. Email needs double opt-in and
 * many never confirm; post may be used under legitimate interest; cold calls need explicit
 * consent in Germany, so phone consent is rare; push tokens exist only after an OS opt-in.
 */
const CONSENT_TABLES: Record<Channel, readonly [WeightedTable<Consent>, WeightedTable<Consent>]> = {
  email: [consent(55, 15, 30), consent(80, 8, 12)],
  sms: [consent(35, 20, 45), consent(50, 15, 35)],
  push: [consent(75, 25, 0), consent(80, 20, 0)],
  post: [consent(82, 6, 12), consent(92, 4, 4)],
  phone: [consent(18, 30, 52), consent(35, 25, 40)],
};

/** How likely each reachable channel is to be the preferred one (post more so for older people). */
const PREFERENCE: Record<Channel, number> = { email: 4, sms: 1.5, push: 1, post: 2, phone: 1 };

const ORDER: readonly Channel[] = ['email', 'sms', 'push', 'post', 'phone'];

/** What a person's contact data depends on. */
export interface ChannelDrivers {
  index: number;
  ageBand: number;
  first: Name;
  last: Name;
  regionCode: string;
  city: City;
  postcode: string;
  member: boolean;
  /** Consent was asked for between signup and asOf. */
  signupMs: number;
  asOfMs: number;
}

/** A person's channels, preferred channel, and whether they receive email (which drives email events). */
export interface ChannelDraw {
  channels: ChannelContact[];
  preferredChannel: Channel | null;
  emailActive: boolean;
}

/** Draws addresses, consent states and consent times for every channel, in canonical order. */
export function drawChannels(rng: RandomGenerator, d: ChannelDrivers): ChannelDraw {
  const channels: ChannelContact[] = [];
  let preferenceTotal = 0;
  for (const channel of ORDER) {
    if (!chance(rng, PRESENCE[channel][d.ageBand] ?? 0)) continue;
    // A few email entries lost their address (hard bounce) but keep the consent record.
    const address = channel === 'email' && chance(rng, 0.02) ? null : addressOn(rng, channel, d);
    const state = draw(rng, CONSENT_TABLES[channel][d.member ? 1 : 0]);
    const consentAt =
      state === 'unknown'
        ? null
        : new Date(d.signupMs + Math.floor((uniform(rng) * (d.asOfMs - d.signupMs)) / 1000) * 1000);
    channels.push({ channel, address, consent: state, consentAt });
    if (address !== null && state === 'granted') preferenceTotal += preference(channel, d.ageBand);
  }
  const email = channels[0]?.channel === 'email' ? channels[0] : undefined;
  return {
    channels,
    preferredChannel: drawPreferred(rng, channels, preferenceTotal, d.ageBand),
    emailActive: email !== undefined && email.address !== null && email.consent === 'granted',
  };
}

function addressOn(rng: RandomGenerator, channel: Channel, d: ChannelDrivers): string {
  switch (channel) {
    case 'email':
      return emailAddress(rng, d.first, d.last, d.index);
    case 'sms':
    case 'phone':
      return phoneNumber(rng, d.regionCode);
    case 'push':
      return pushToken(rng);
    case 'post':
      return postalAddress(rng, d.city, d.postcode);
  }
}

function preference(channel: Channel, ageBand: number): number {
  return channel === 'post' && ageBand >= 3 ? PREFERENCE.post * 2 : PREFERENCE[channel];
}

/** Most people with a reachable channel prefer one of those; the rest never said. */
function drawPreferred(
  rng: RandomGenerator,
  channels: readonly ChannelContact[],
  total: number,
  ageBand: number,
): Channel | null {
  if (total === 0 || !chance(rng, 0.85)) return null;
  let target = uniform(rng) * total;
  let chosen: Channel | null = null;
  for (const contact of channels) {
    if (contact.address === null || contact.consent !== 'granted') continue;
    chosen = contact.channel;
    target -= preference(contact.channel, ageBand);
    if (target < 0) break;
  }
  return chosen;
}
