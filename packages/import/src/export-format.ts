import { CHANNELS, type AttributeValue, type Channel } from '@pinpoint/domain';
import { stringify } from 'csv-stringify/sync';

/** Formats an export writes. */
export type ExportFormat = 'csv' | 'ndjson';

/** One exported profile: ids, the chosen attributes, reachable addresses. */
export interface ExportedProfile {
  id: string;
  externalId: string;
  attributes: Record<string, AttributeValue>;
  /** Addresses on the channels where the person is reachable (consent granted). */
  addresses: Partial<Record<Channel, string>>;
}

/** What a file of exported profiles holds. */
export interface ExportShape {
  format: ExportFormat;
  attributes: readonly string[];
  channels: boolean;
}

/** CSV column of a channel's address. */
export const addressColumn = (channel: Channel) => `${channel}_address`;

/** The CSV header line; NDJSON has none. */
export function exportHeader(shape: ExportShape): string {
  if (shape.format === 'ndjson') return '';
  const channels = shape.channels ? CHANNELS.map(addressColumn) : [];
  return stringify([['id', 'external_id', ...shape.attributes, ...channels]]);
}

/**
 * Formats a page of profiles. CSV has one column per attribute (empty when missing) and per
 * channel address; NDJSON has one object per line with only the known values.
 */
export function formatProfiles(profiles: readonly ExportedProfile[], shape: ExportShape): string {
  if (shape.format === 'ndjson') {
    return profiles
      .map((profile) => {
        const attributes: Record<string, AttributeValue> = {};
        for (const key of shape.attributes) {
          const value = profile.attributes[key];
          if (value !== undefined) attributes[key] = value;
        }
        const line = { id: profile.id, externalId: profile.externalId, attributes };
        return `${JSON.stringify(shape.channels ? { ...line, addresses: profile.addresses } : line)}\n`;
      })
      .join('');
  }
  const rows = profiles.map((profile) => [
    profile.id,
    profile.externalId,
    ...shape.attributes.map((key) => profile.attributes[key] ?? null),
    ...(shape.channels ? CHANNELS.map((channel) => profile.addresses[channel] ?? null) : []),
  ]);
  // Booleans as words: csv-stringify writes them as 1 and an empty field by default.
  return stringify(rows, { cast: { boolean: (value) => (value ? 'true' : 'false') } });
}
