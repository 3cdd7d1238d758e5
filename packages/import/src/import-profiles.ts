import { ensureWorkspace, type Database } from '@pinpoint/db';
import type { Channel } from '@pinpoint/domain';
import type { Writable } from 'node:stream';
import type { AttributePlan } from './attribute-plan';
import { asDatabaseError, ImportError } from './import-error';
import { checkHeader, planImport, readFileStart } from './import-prepare';
import { ImportRun } from './import-run';
import { batchPerTransaction, oneTransaction } from './import-sinks';
import { chooseFormat, openSource, type ImportFormat, type ImportSource } from './import-source';
import { ImportTally, summarize, type ImportProgress, type ImportSummary } from './import-summary';
import type { ImportMapping, ImportMappingInput } from './mapping';
import { loadMapping, parseMapping } from './mapping-load';
import { readEntries, structureHint } from './read-entries';
import { RejectsWriter, type RejectsFormat } from './rejects-writer';
import { RowConverter } from './row-converter';
import type { RejectedRecord, SourceEntry } from './source-record';
import { StructureCheck } from './structure-check';

/** How an import runs. Everything is optional. */
export interface ImportOptions {
  /** The file format; by default the mapping's, else the file name's, else CSV. */
  format?: ImportFormat;
  /**
   * Keep the good records when the import stops on a fatal error: batches are committed one
   * by one. Without it (the default) the import is one transaction: all or nothing.
   */
  partial?: boolean;
  /** Profiles per COPY batch (default 10,000). */
  batchSize?: number;
  /** Where to write rejected records: a file path (replaced) or a stream (left open). */
  rejects?: string | Writable;
  /** Format of the rejects; by default the rejects file name's (`.ndjson`), else CSV. */
  rejectsFormat?: RejectsFormat;
  /** Called after each batch is written, and once at the end. */
  onProgress?: (progress: ImportProgress) => void;
  /** Called for each rejected record, in file order. */
  onReject?: (record: RejectedRecord) => void;
  /** Size of a stream source in bytes, for percentages (a path's size is read from disk). */
  sizeBytes?: number;
  /** Stops the import (and rolls it back, unless partial). */
  signal?: AbortSignal;
  /** Longest record in characters (default 1 MiB); longer ones are rejected. */
  maxRecordLength?: number;
}

/** One import's inputs, opened. */
interface Job {
  workspaceId: string;
  mapping: ImportMapping;
  format: ImportFormat;
  options: ImportOptions;
  entries: AsyncIterator<SourceEntry[]>;
  rejects: RejectsWriter | null;
  tally: ImportTally;
  report: () => void;
}

/**
 * Imports profiles from a CSV or NDJSON file (a path or a stream) into a workspace, as a
 * mapping says (a path to a mapping JSON file, or the mapping itself). Streams the file,
 * writes batches by COPY and upserts by external id, so importing the same file twice leaves
 * the same profiles. Bad records are rejected (reported with line, column and reason) and the
 * rest imported; fatal problems throw an `ImportError` and, unless `partial`, leave the
 * database as it was. Creates the workspace when it does not exist.
 */
export async function importProfiles(
  db: Database,
  workspaceId: string,
  source: ImportSource,
  mapping: string | ImportMappingInput,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const parsed = typeof mapping === 'string' ? await loadMapping(mapping) : parseMapping(mapping);
  const opened = await openSource(source, options.sizeBytes);
  let rejects: RejectsWriter | null = null;
  const read = { bytes: 0, lines: 0, blankLines: 0 };
  const tally = new ImportTally();
  const partial = options.partial ?? false;
  try {
    rejects = options.rejects
      ? await RejectsWriter.open(options.rejects, options.rejectsFormat)
      : null;
    const format = chooseFormat(options.format, parsed.format, opened.path);
    const maxRecordLength = options.maxRecordLength ?? 1024 * 1024;
    const job: Job = {
      workspaceId,
      mapping: parsed,
      format,
      options,
      entries: readEntries(opened.stream, format, parsed, maxRecordLength, read),
      rejects,
      tally,
      report: () =>
        options.onProgress?.(
          tally.progress(read.bytes, opened.sizeBytes, performance.now() - started),
        ),
    };
    let plans: AttributePlan[];
    if (partial) {
      await ensureWorkspace(db, workspaceId);
      plans = await runImport(db, db, job);
    } else {
      plans = await db.transaction(async (tx) => {
        await ensureWorkspace(tx, workspaceId);
        return runImport(tx, tx, job);
      });
    }
    // Fresh statistics for the planner, as after any bulk load (outside the transaction).
    if (tally.accepted > 0) await db.exec('analyze profiles, profile_channels');
    await rejects?.close();
    job.report();
    return summarize(tally, plans, {
      format,
      partial,
      read,
      durationMs: performance.now() - started,
    });
  } catch (error) {
    await rejects?.close().catch(() => undefined);
    const failure = asDatabaseError(error);
    if (failure instanceof ImportError) {
      failure.outcome = { rolledBack: !partial, committed: partial ? tally.written : 0 };
    }
    throw failure;
  } finally {
    opened.stream.destroy();
  }
}

/**
 * Reads the file's start, plans the attributes and imports every record: into `target` (the
 * import's transaction), or with `partial` batch by batch into `db`. Returns the plans.
 */
async function runImport(db: Database, target: Database, job: Job): Promise<AttributePlan[]> {
  const { mapping, workspaceId, options } = job;
  const start = await readFileStart(job.entries, mapping);
  const partial = options.partial ?? false;
  if (start.stoppedBy && !partial) throw start.stoppedBy;
  if (job.format === 'csv') checkHeader(mapping, start.columns);
  const { catalog, plans } = await planImport(target, workspaceId, mapping, start);
  const scope = {
    attributeKeys: plans.map((plan) => plan.key),
    channels: Object.keys(mapping.channels) as Channel[],
    preferredChannel: mapping.preferredChannel !== undefined,
  };
  const sink = partial
    ? batchPerTransaction(db, workspaceId, scope)
    : oneTransaction(target, workspaceId, scope);
  await sink.begin(catalog, plans);
  const run = new ImportRun(job.tally, {
    batchSize: options.batchSize ?? 10_000,
    catalog,
    plans,
    converter: new RowConverter(workspaceId, mapping, start.columns, plans),
    structure: new StructureCheck(job.format, structureHint(job.format, mapping)),
    sink,
    rejects: job.rejects,
    onReject: options.onReject,
    onBatch: job.report,
    signal: options.signal,
  });
  try {
    await run.consume(start.sample);
    if (start.stoppedBy) throw start.stoppedBy;
    if (!start.exhausted) {
      for (let next = await job.entries.next(); !next.done; next = await job.entries.next()) {
        await run.consume(next.value);
      }
    }
    await run.finish();
  } catch (error) {
    // A partial import keeps the good records read before a problem of the file itself.
    if (partial && error instanceof ImportError && error.code !== 'database') await run.writeRest();
    throw error;
  }
  await sink.end();
  return plans;
}
