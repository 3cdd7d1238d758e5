import { ImportError } from './import-error';
import type { ImportFormat } from './import-source';
import type { SourceEntry } from './source-record';

/** Records looked at before a file whose records are all malformed is refused. */
export const STRUCTURE_WINDOW = 100;

/**
 * Tells a file in the wrong format (a wrong delimiter, JSON read as CSV, CSV read as NDJSON)
 * from a file with some bad lines: when the first 100 records, or all of a shorter file's,
 * are malformed, the import stops instead of rejecting every line.
 */
export class StructureCheck {
  private seen = 0;
  private wellFormed = 0;
  private example: { line: number; message: string } | null = null;

  constructor(
    private readonly format: ImportFormat,
    private readonly hint: string,
  ) {}

  /** Looks at one record (well-formed or broken). */
  observe(entry: Exclude<SourceEntry, { kind: 'header' }>): void {
    if (this.seen >= STRUCTURE_WINDOW) return;
    this.seen += 1;
    if (entry.kind === 'record') this.wellFormed += 1;
    else this.example ??= { line: entry.line, message: entry.problem.message };
    if (this.seen === STRUCTURE_WINDOW) this.finish();
  }

  /** Throws when every record looked at was malformed. */
  finish(): void {
    if (this.seen === 0 || this.wellFormed > 0 || !this.example) return;
    const what = this.format === 'csv' ? 'a CSV file with this header' : 'newline-delimited JSON';
    const count =
      this.seen === STRUCTURE_WINDOW
        ? `the first ${this.seen} records are`
        : `all ${this.seen} records are`;
    throw new ImportError(
      this.format === 'csv' ? 'not_csv' : 'not_ndjson',
      `${count} malformed (line ${this.example.line}: ${this.example.message}): this does not look like ${what}; ${this.hint}`,
      { line: this.example.line },
    );
  }
}
