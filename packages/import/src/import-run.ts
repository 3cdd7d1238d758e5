import type { Catalog } from '@pinpoint/domain';
import { plannedCatalog, type AttributePlan } from './attribute-plan';
import { ImportError } from './import-error';
import type { ImportTally } from './import-summary';
import type { RejectsWriter } from './rejects-writer';
import type { ProfileRow, RowConverter } from './row-converter';
import type { RejectedRecord, SourceEntry } from './source-record';
import type { StructureCheck } from './structure-check';

/** Where batches go: into one transaction, or each into its own. */
export interface BatchSink {
  /** Writes a batch (distinct ids), saving `catalog` first when given; returns profiles created. */
  write(rows: ProfileRow[], catalog: Catalog | null): Promise<number>;
}

/** What one run needs besides its records. */
export interface RunSettings {
  batchSize: number;
  catalog: Catalog;
  plans: readonly AttributePlan[];
  converter: RowConverter;
  structure: StructureCheck;
  sink: BatchSink;
  rejects: RejectsWriter | null;
  onReject?: ((record: RejectedRecord) => void) | undefined;
  onBatch?: (() => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Converts records and writes them in batches, one batch being written while the next is
 * converted, so that the database and JavaScript work at the same time.
 */
export class ImportRun {
  private batch = new Map<string, ProfileRow>();
  private batchRecords = 0;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly tally: ImportTally,
    private readonly settings: RunSettings,
  ) {}

  /** Handles a chunk of entries (records and rejects, in file order). */
  async consume(entries: readonly SourceEntry[]): Promise<void> {
    const { converter, structure, signal } = this.settings;
    if (signal?.aborted) throw new ImportError('aborted', 'the import was cancelled');
    for (const entry of entries) {
      if (entry.kind === 'header') continue;
      this.tally.records += 1;
      structure.observe(entry);
      if (entry.kind === 'broken') {
        await this.reject({
          line: entry.line,
          endLine: entry.endLine,
          problems: [entry.problem],
          raw: entry.raw,
        });
        continue;
      }
      const conversion = converter.convert(entry);
      if (!conversion.ok) {
        await this.reject({
          line: entry.line,
          endLine: entry.endLine,
          problems: conversion.problems,
          raw: entry.raw,
        });
        continue;
      }
      this.tally.accepted += 1;
      this.batch.set(conversion.row.id, conversion.row);
      this.batchRecords += 1;
      if (this.batch.size >= this.settings.batchSize) await this.flush();
    }
  }

  /** Ends the run: checks the file had well-formed records, writes what is left. */
  async finish(): Promise<void> {
    this.settings.structure.finish();
    await this.writeRest();
  }

  /** Writes the accepted records not written yet and waits for every write. */
  async writeRest(): Promise<void> {
    await this.flush();
    await this.inFlight;
  }

  private async flush(): Promise<void> {
    if (this.batch.size === 0) return;
    const rows = [...this.batch.values()];
    const records = this.batchRecords;
    this.batch = new Map();
    this.batchRecords = 0;
    // Every domain is asked (no short circuit), so that each forgets what it reported.
    const learned = this.settings.plans.map((plan) => plan.domain?.takeChanged() ?? false);
    const catalog = learned.includes(true)
      ? plannedCatalog(this.settings.catalog, this.settings.plans)
      : null;
    await this.inFlight;
    this.inFlight = this.settings.sink.write(rows, catalog).then((created) => {
      this.tally.created += created;
      this.tally.written += records;
      this.settings.onBatch?.();
    });
    // Handled: the next flush or `finish` awaits it and throws its error.
    this.inFlight.catch(() => undefined);
  }

  private async reject(record: RejectedRecord): Promise<void> {
    this.tally.reject(record);
    this.settings.onReject?.(record);
    await this.settings.rejects?.write(record);
  }
}
