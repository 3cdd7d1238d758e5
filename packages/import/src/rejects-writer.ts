import { stringify, type Stringifier } from 'csv-stringify';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ImportError } from './import-error';
import type { RejectedRecord } from './source-record';

/** Formats of a rejects file. */
export type RejectsFormat = 'csv' | 'ndjson';

const COLUMNS = ['line', 'column', 'code', 'reason', 'raw'] as const;

/**
 * Writes rejected records to a file (a path, created or replaced) or a stream: one row per
 * problem, with the record's line, the column (empty for the whole record), the problem's
 * code and reason, and the record's raw text. Waits when the destination is slow, so that
 * memory does not grow with the number of rejects.
 */
export class RejectsWriter {
  private failure: Error | null = null;

  private constructor(
    private readonly out: Writable,
    private readonly csv: Stringifier | null,
    private readonly owned: boolean,
    private readonly name: string,
  ) {
    const fail = (error: Error) => (this.failure ??= error);
    out.on('error', fail);
    csv?.on('error', fail);
  }

  /**
   * Opens a rejects destination; the format defaults to the file name's (`.ndjson`, `.jsonl`),
   * else CSV. A file that cannot be created stops the import before it starts.
   */
  static async open(target: string | Writable, format?: RejectsFormat): Promise<RejectsWriter> {
    const owned = typeof target === 'string';
    const chosen = format ?? (owned && /\.(nd)?jsonl?$/i.test(target) ? 'ndjson' : 'csv');
    const name = owned ? target : 'the rejects stream';
    const file = owned ? createWriteStream(target) : target;
    if (owned) {
      try {
        await once(file, 'open');
      } catch (error) {
        throw unwritable(name, error);
      }
    }
    const csv = chosen === 'csv' ? stringify({ header: true, columns: [...COLUMNS] }) : null;
    csv?.pipe(file, { end: owned });
    return new RejectsWriter(file, csv, owned, name);
  }

  /** Writes one rejected record. */
  async write(reject: RejectedRecord): Promise<void> {
    if (this.failure) throw unwritable(this.name, this.failure);
    for (const problem of reject.problems) {
      const row = {
        line: reject.line,
        column: problem.column,
        code: problem.code,
        reason: problem.message,
        raw: reject.raw,
      };
      const flowing = this.csv ? this.csv.write(row) : this.out.write(`${JSON.stringify(row)}\n`);
      if (!flowing) {
        try {
          await once(this.csv ?? this.out, 'drain');
        } catch (error) {
          throw unwritable(this.name, error);
        }
      }
    }
  }

  /** Flushes what is written; closes the file when this writer opened it. */
  async close(): Promise<void> {
    try {
      if (this.csv) {
        this.csv.end();
        await finished(this.csv);
      }
      if (this.owned) {
        if (!this.csv) this.out.end();
        await finished(this.out);
      }
    } catch (error) {
      throw unwritable(this.name, error);
    }
    if (this.failure) throw unwritable(this.name, this.failure);
  }
}

function unwritable(name: string, error: unknown): ImportError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ImportError('rejects_unwritable', `cannot write the rejects to ${name}: ${reason}`, {
    cause: error,
  });
}
