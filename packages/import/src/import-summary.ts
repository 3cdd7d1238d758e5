import type { AttributeType } from '@pinpoint/domain';
import type { AttributePlan } from './attribute-plan';
import type { ImportFormat } from './import-source';
import type { RejectCode, RejectedRecord } from './source-record';

/** How far an import has got; passed to `onProgress` after every batch written. */
export interface ImportProgress {
  /** Data records read (the header and blank lines are not records). */
  records: number;
  accepted: number;
  rejected: number;
  /** Accepted records written to the database so far. */
  written: number;
  bytesRead: number;
  /** Size of the source, when known (a file path, or `sizeBytes` for a stream). */
  bytesTotal: number | null;
  elapsedMs: number;
}

/** An attribute the import added to the catalog. */
export interface CreatedAttribute {
  key: string;
  type: AttributeType;
  /** The type was inferred from the sample, not given by the mapping. */
  inferred: boolean;
}

/** What an import did. `accepted + rejected = records` always holds. */
export interface ImportSummary {
  format: ImportFormat;
  partial: boolean;
  /** Data records read. A record is one line, unless a quoted field holds line breaks. */
  records: number;
  accepted: number;
  rejected: number;
  /** Profiles that did not exist before. */
  created: number;
  /** Accepted records that replaced an existing profile (or an earlier record with the same id). */
  updated: number;
  /** Physical lines read, including the header and blank lines. */
  lines: number;
  blankLines: number;
  bytes: number;
  rejectsByCode: Partial<Record<RejectCode, number>>;
  /** The first rejected records (at most 100); all of them are in the rejects file. */
  firstRejects: RejectedRecord[];
  catalog: {
    created: CreatedAttribute[];
    /** Enum values the import added, per attribute. */
    addedValues: Record<string, string[]>;
  };
  durationMs: number;
}

/** Rejected records kept in memory for the summary; the rest only go to the rejects file. */
export const KEPT_REJECTS = 100;

/** Running counts of an import. */
export class ImportTally {
  records = 0;
  accepted = 0;
  rejected = 0;
  created = 0;
  written = 0;
  readonly rejectsByCode: Partial<Record<RejectCode, number>> = {};
  readonly firstRejects: RejectedRecord[] = [];

  /** Counts a rejected record (each of its problems by code). */
  reject(record: RejectedRecord): void {
    this.rejected += 1;
    for (const { code } of record.problems)
      this.rejectsByCode[code] = (this.rejectsByCode[code] ?? 0) + 1;
    if (this.firstRejects.length < KEPT_REJECTS) {
      // The rejects file has the whole text; the summary only its start.
      const raw = record.raw.length > 1000 ? `${record.raw.slice(0, 1000)}…` : record.raw;
      this.firstRejects.push({ ...record, raw });
    }
  }

  /** Progress in the shape `onProgress` receives. */
  progress(bytesRead: number, bytesTotal: number | null, elapsedMs: number): ImportProgress {
    const { records, accepted, rejected, written } = this;
    return { records, accepted, rejected, written, bytesRead, bytesTotal, elapsedMs };
  }
}

/** The summary of a finished import. */
export function summarize(
  tally: ImportTally,
  plans: readonly AttributePlan[],
  run: {
    format: ImportFormat;
    partial: boolean;
    read: { bytes: number; lines: number; blankLines: number };
    durationMs: number;
  },
): ImportSummary {
  const addedValues: Record<string, string[]> = {};
  for (const { key, definition, domain } of plans) {
    if (!domain || definition.type !== 'enum') continue;
    const stored = new Set(definition.values);
    const added = domain.values.filter((value) => !stored.has(value));
    if (added.length > 0) addedValues[key] = added;
  }
  return {
    format: run.format,
    partial: run.partial,
    records: tally.records,
    accepted: tally.accepted,
    rejected: tally.rejected,
    created: tally.created,
    updated: tally.accepted - tally.created,
    lines: run.read.lines,
    blankLines: run.read.blankLines,
    bytes: run.read.bytes,
    rejectsByCode: tally.rejectsByCode,
    firstRejects: tally.firstRejects,
    catalog: {
      created: plans
        .filter((plan) => plan.created)
        .map(({ key, definition, inferred }) => ({ key, type: definition.type, inferred })),
      addedValues,
    },
    durationMs: run.durationMs,
  };
}
