import { scanQuotes, type CsvSyntax, type OpenQuote, type QuoteScan } from './csv-quote-scan';
import { ImportError } from './import-error';
import type { PhysicalLine } from './line-splitter';
import type { RejectCode } from './source-record';

/**
 * Why a record is malformed. The column is an index and the message a function of its name,
 * because lines are framed before the header row itself has been split into names.
 */
export interface FramingProblem {
  code: RejectCode;
  column: number | null;
  message: (columnName: string) => string;
}

/** A record's text, checked to be well quoted, or the reason it is not. */
export type FramedRecord =
  | { kind: 'record'; line: number; endLine: number; text: string }
  | { kind: 'broken'; line: number; endLine: number; text: string; problem: FramingProblem };

/**
 * Groups physical lines into CSV records before they are parsed, and rejects records whose
 * quotes are misplaced.
 *
 * Why not leave this to csv-parse: after an error, its `skip_records_with_error` keeps the
 * parser's quoting state, so one stray quote swallows every following line. Framing by lines
 * first bounds the damage to the line at fault: a quoted field may span lines (RFC 4180), but
 * when the lines it swallowed do not form a valid record, only the line that opened the quote
 * is rejected and the lines after it are read again as records of their own. csv-parse then
 * sees only well-formed records.
 */
export class CsvFramer {
  /** Lines of a record whose quoted field is still open. */
  private held: PhysicalLine[] = [];
  private heldLength = 0;
  private open: OpenQuote | null = null;
  private openedAt: OpenQuote | null = null;
  blankLines = 0;

  constructor(
    private readonly syntax: CsvSyntax,
    private readonly maxRecordLength: number,
    private readonly columnName: (index: number) => string,
  ) {}

  /** Frames one more line; complete records and rejects are appended to `out`. */
  push(line: PhysicalLine, out: FramedRecord[]): void {
    const work = [line];
    for (let next = work.shift(); next; next = work.shift()) {
      const replay = this.frame(next, out);
      if (replay) work.unshift(...replay);
    }
  }

  /** Ends the file: a quoted field still open swallowed the rest of it, which is fatal. */
  finish(): void {
    const first = this.held[0];
    if (!first || !this.openedAt) return;
    throw new ImportError(
      'unterminated_quote',
      `line ${first.number}: the quote opened in column "${this.columnName(this.openedAt.column)}" is never closed; it swallows the rest of the file (lines ${first.number}–${this.held.at(-1)?.number ?? first.number}). Close or remove the quote and import again.`,
      { line: first.number },
    );
  }

  /** Frames one line; returns lines to frame again after a rejected multi-line record. */
  private frame(line: PhysicalLine, out: FramedRecord[]): PhysicalLine[] | null {
    if (this.open) return this.continueRecord(line, out);
    if (line.tooLong) {
      const message = `the record is longer than ${this.maxRecordLength.toLocaleString('en')} characters`;
      out.push(this.broken(line, 'record_too_long', null, () => message));
      return null;
    }
    const text = line.text;
    if (text === '' || (this.syntax.trim && text.trim() === '')) {
      this.blankLines += 1;
      return null;
    }
    if (!text.includes(this.syntax.quote)) {
      out.push({ kind: 'record', line: line.number, endLine: line.number, text });
      return null;
    }
    const scan = scanQuotes(text, this.syntax);
    if (scan.kind === 'complete') {
      out.push({ kind: 'record', line: line.number, endLine: line.number, text });
    } else if (scan.kind === 'error') {
      out.push(this.broken(line, 'invalid_quote', scan.column, (name) => quoteMessage(scan, name)));
    } else {
      this.held = [line];
      this.heldLength = text.length;
      this.open = scan.quote;
      this.openedAt = scan.quote;
    }
    return null;
  }

  private continueRecord(line: PhysicalLine, out: FramedRecord[]): PhysicalLine[] | null {
    const scan: QuoteScan = line.tooLong
      ? { kind: 'open', quote: this.open as OpenQuote }
      : scanQuotes(line.text, this.syntax, this.open ?? undefined);
    this.held.push(line);
    this.heldLength += line.text.length + 1;
    if (scan.kind === 'complete') {
      const lines = this.held;
      this.reset();
      out.push({
        kind: 'record',
        line: lines[0]?.number ?? line.number,
        endLine: line.number,
        text: lines.map((held) => held.text).join('\n'),
      });
      return null;
    }
    if (scan.kind === 'open' && !line.tooLong && this.heldLength <= this.maxRecordLength) {
      this.open = scan.quote;
      return null;
    }
    // The lines after the opening one do not continue a quoted field: the quote was stray.
    const [first, ...rest] = this.held;
    const column = this.openedAt?.column ?? 0;
    this.reset();
    if (first) {
      out.push(
        this.broken(
          first,
          'unterminated_quote',
          column,
          (name) => `the quote opened in column "${name}" is not closed on this line`,
        ),
      );
    }
    return rest;
  }

  private reset(): void {
    this.held = [];
    this.heldLength = 0;
    this.open = null;
    this.openedAt = null;
  }

  private broken(
    line: PhysicalLine,
    code: RejectCode,
    column: number | null,
    message: (columnName: string) => string,
  ): FramedRecord {
    return {
      kind: 'broken',
      line: line.number,
      endLine: line.number,
      text: line.text,
      problem: { code, column, message },
    };
  }
}

function quoteMessage(scan: Extract<QuoteScan, { kind: 'error' }>, columnName: string): string {
  const column = `column "${columnName}"`;
  return scan.problem === 'text_after_quote'
    ? `in ${column}, ${JSON.stringify(scan.found)} follows the closing quote where a delimiter or the end of the line belongs`
    : `a quote inside the unquoted field of ${column}; quote the whole field and double the quote ("ab""c")`;
}
