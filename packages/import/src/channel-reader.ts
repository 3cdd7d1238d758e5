import type { Channel, ChannelContact, Consent } from '@pinpoint/domain';
import type { ChannelMapping } from './mapping';
import { parseConsent, parseTimestamp } from './value-parsers';
import { MISSING, quoted, ValueProblem, type ValueNormalizer } from './value-normalizer';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{3,40}$/;

/** Where a channel's values are in a record, and how they are cleaned. */
export interface ChannelColumns {
  channel: Channel;
  mapping: ChannelMapping;
  address: number;
  consent: number | null;
  consentAt: number | null;
  normalize: ValueNormalizer;
}

/** A channel contact, or the problem of one of its columns. */
export type ChannelReading =
  | { ok: true; contact: ChannelContact | null }
  | { ok: false; column: string; problem: ValueProblem };

/**
 * Reads a channel's address, consent and consent time from a record's fields. A record with
 * none of them has no contact on the channel; an address without a consent column gets the
 * mapping's default consent.
 */
export function readChannel(columns: ChannelColumns, fields: readonly unknown[]): ChannelReading {
  const { channel, mapping, normalize } = columns;
  const address = normalize(fields[columns.address]);
  if (address instanceof ValueProblem)
    return { ok: false, column: mapping.address, problem: address };
  const addressText = address === MISSING ? null : String(address);
  if (addressText !== null) {
    const problem = addressProblem(channel, addressText);
    if (problem) return { ok: false, column: mapping.address, problem };
  }
  let consent: Consent | null = null;
  if (columns.consent !== null && mapping.consent) {
    const raw = normalize(fields[columns.consent]);
    if (raw instanceof ValueProblem) return { ok: false, column: mapping.consent, problem: raw };
    if (raw !== MISSING) {
      const text = String(raw);
      const map = mapping.consentMap;
      consent = (map && Object.hasOwn(map, text) ? map[text] : undefined) ?? parseConsent(text);
      if (consent === null) {
        return {
          ok: false,
          column: mapping.consent,
          problem: new ValueProblem(
            'invalid_consent',
            `expected a consent for ${channel} (granted, denied, unknown, yes, no), found ${quoted(text)}`,
          ),
        };
      }
    }
  }
  let consentAt: Date | null = null;
  if (columns.consentAt !== null && mapping.consentAt) {
    const raw = normalize(fields[columns.consentAt]);
    if (raw instanceof ValueProblem) return { ok: false, column: mapping.consentAt, problem: raw };
    if (raw !== MISSING) {
      consentAt = parseTimestamp(String(raw));
      if (consentAt === null) {
        return {
          ok: false,
          column: mapping.consentAt,
          problem: new ValueProblem(
            'type_mismatch',
            `expected an ISO 8601 date or timestamp for the ${channel} consent time, found ${quoted(raw)}`,
          ),
        };
      }
    }
  }
  if (addressText === null && consent === null && consentAt === null)
    return { ok: true, contact: null };
  return {
    ok: true,
    contact: {
      channel,
      address: addressText,
      consent: consent ?? mapping.defaultConsent,
      consentAt,
    },
  };
}

function addressProblem(channel: Channel, address: string): ValueProblem | null {
  if (address.length > 1000) {
    return new ValueProblem('too_long', `the ${channel} address is longer than 1,000 characters`);
  }
  if (address.includes('\u0000')) {
    return new ValueProblem('invalid_text', `the ${channel} address holds a NUL character`);
  }
  if (channel === 'email' && !EMAIL.test(address)) {
    return new ValueProblem(
      'invalid_address',
      `expected an email address, found ${quoted(address)}`,
    );
  }
  if ((channel === 'sms' || channel === 'phone') && !PHONE.test(address)) {
    return new ValueProblem('invalid_address', `expected a phone number, found ${quoted(address)}`);
  }
  return null;
}
