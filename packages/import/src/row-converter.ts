import {
  CHANNELS,
  profileIdFor,
  type AttributeValue,
  type Channel,
  type ChannelContact,
} from '@pinpoint/domain';
import { createHash } from 'node:crypto';
import type { AttributePlan } from './attribute-plan';
import { readChannel, type ChannelColumns } from './channel-reader';
import type { ImportMapping } from './mapping';
import type { DataRecord, RecordProblem } from './source-record';
import {
  MISSING,
  quoted,
  ValueProblem,
  valueNormalizer,
  type ValueNormalizer,
} from './value-normalizer';

/** A record turned into the facts of one profile that an import writes. */
export interface ProfileRow {
  id: string;
  externalId: string;
  /** Known attribute values only: a missing value leaves the attribute out. */
  attributes: Record<string, AttributeValue>;
  channels: ChannelContact[];
  preferredChannel: Channel | null;
}

/** A profile row, or every problem of the record. */
export type Conversion = { ok: true; row: ProfileRow } | { ok: false; problems: RecordProblem[] };

interface BoundAttribute {
  plan: AttributePlan;
  index: number;
}

/**
 * Turns records into profile rows as the mapping says. Built once per import, with column
 * positions resolved, so that converting a record is a few array reads per column.
 */
export class RowConverter {
  private readonly attributes: BoundAttribute[];
  private readonly channels: ChannelColumns[];
  private readonly externalId: (record: DataRecord) => string | RecordProblem;
  private readonly preferred: { index: number; column: string; normalize: ValueNormalizer } | null;

  constructor(
    private readonly workspaceId: string,
    mapping: ImportMapping,
    columns: readonly string[],
    plans: readonly AttributePlan[],
  ) {
    const indexOf = (column: string) => columns.indexOf(column);
    const base = { trim: mapping.trim, missing: mapping.missing };
    this.attributes = plans.map((plan) => ({ plan, index: indexOf(plan.column) }));
    this.channels = Object.entries(mapping.channels).map(([channel, spec]) => ({
      channel: channel as Channel,
      mapping: spec,
      address: indexOf(spec.address),
      consent: spec.consent ? indexOf(spec.consent) : null,
      consentAt: spec.consentAt ? indexOf(spec.consentAt) : null,
      normalize: valueNormalizer(base),
    }));
    this.preferred = mapping.preferredChannel
      ? {
          index: indexOf(mapping.preferredChannel.column),
          column: mapping.preferredChannel.column,
          normalize: valueNormalizer({ ...base, map: mapping.preferredChannel.map }),
        }
      : null;
    this.externalId = externalIdReader(mapping, indexOf, valueNormalizer(base));
  }

  /** Converts one record; a record with any problem is rejected whole. */
  convert(record: DataRecord): Conversion {
    const problems: RecordProblem[] = [];
    const externalId = this.externalId(record);
    if (typeof externalId !== 'string') problems.push(externalId);
    const attributes: Record<string, AttributeValue> = {};
    for (const { plan, index } of this.attributes) {
      const clean = plan.normalize(record.fields[index]);
      if (clean === MISSING) continue;
      const value = clean instanceof ValueProblem ? clean : plan.parse(clean);
      if (value instanceof ValueProblem) problems.push(problemOf(plan.column, value));
      else attributes[plan.key] = value;
    }
    const channels: ChannelContact[] = [];
    for (const columns of this.channels) {
      const reading = readChannel(columns, record.fields);
      if (!reading.ok) problems.push(problemOf(reading.column, reading.problem));
      else if (reading.contact) channels.push(reading.contact);
    }
    const preferredChannel = this.preferredChannel(record, problems);
    if (problems.length > 0 || typeof externalId !== 'string') return { ok: false, problems };
    return {
      ok: true,
      row: {
        id: profileIdFor(externalId, this.workspaceId),
        externalId,
        attributes,
        channels,
        preferredChannel,
      },
    };
  }

  private preferredChannel(record: DataRecord, problems: RecordProblem[]): Channel | null {
    if (!this.preferred) return null;
    const value = this.preferred.normalize(record.fields[this.preferred.index]);
    if (value === MISSING) return null;
    if (value instanceof ValueProblem) {
      problems.push(problemOf(this.preferred.column, value));
      return null;
    }
    const channel = String(value).toLowerCase();
    if ((CHANNELS as readonly string[]).includes(channel)) return channel as Channel;
    problems.push({
      column: this.preferred.column,
      code: 'invalid_channel',
      message: `expected a channel (${CHANNELS.join(', ')}), found ${quoted(value)}`,
    });
    return null;
  }
}

function problemOf(column: string, problem: ValueProblem): RecordProblem {
  return { column, code: problem.code, message: problem.message };
}

function externalIdReader(
  mapping: ImportMapping,
  indexOf: (column: string) => number,
  normalize: ValueNormalizer,
): (record: DataRecord) => string | RecordProblem {
  const id = mapping.id;
  if ('generate' in id) {
    if (id.generate === 'line-number') return (record) => `${id.prefix}${record.line}`;
    // 128 bits of SHA-256: collisions are out of reach for any file that fits on a disk.
    return (record) =>
      `${id.prefix}${createHash('sha256').update(record.raw).digest('hex').slice(0, 32)}`;
  }
  const column = id.column;
  const index = indexOf(column);
  return (record) => {
    const value = normalize(record.fields[index]);
    if (value === MISSING) {
      return {
        column,
        code: 'missing_id',
        message: `the external id (column "${column}") is missing`,
      };
    }
    if (value instanceof ValueProblem) return problemOf(column, value);
    const text = String(value);
    if (text.length > 256 || text.includes('\u0000')) {
      return {
        column,
        code: 'invalid_id',
        message: `an external id is at most 256 characters without NUL characters; found ${quoted(text)}`,
      };
    }
    return text;
  };
}
