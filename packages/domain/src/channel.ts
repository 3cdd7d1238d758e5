import { z } from 'zod';

/** The channels a message can be sent over. */
export const Channel = z.enum(['email', 'sms', 'push', 'post', 'phone']);
/** A message channel. */
export type Channel = z.infer<typeof Channel>;
/** All channels, in their canonical order. */
export const CHANNELS: readonly Channel[] = Channel.options;

/** Whether a person agreed to be contacted over a channel. Only `granted` makes them reachable. */
export const Consent = z.enum(['granted', 'denied', 'unknown']);
/** Consent state of one channel. */
export type Consent = z.infer<typeof Consent>;

/** A person's address and consent on one channel. */
export const ChannelContact = z.object({
  channel: Channel,
  /**
   * Email address, phone number, push token or postal address; null when unknown. Trimmed on
   * the way in, and a blank address becomes null, so stored data never holds a blank address.
   */
  address: z
    .string()
    .trim()
    .max(1000)
    .nullable()
    .transform((address) => (address === '' ? null : address)),
  consent: Consent,
  /** When consent was last granted or withdrawn; null when never asked. */
  consentAt: z.coerce.date().nullable(),
});
/** A person's address and consent on one channel. */
export type ChannelContact = z.infer<typeof ChannelContact>;

/**
 * The one definition of reachability: an address is present and consent is `granted`.
 * Every evaluator (memory, SQL, index) implements exactly this.
 */
export function isReachable(contact: ChannelContact | undefined): boolean {
  return contact !== undefined && contact.consent === 'granted' && contact.address !== null;
}
