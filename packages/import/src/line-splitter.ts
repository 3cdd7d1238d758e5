/** One physical line of a text file, without its line break. */
export interface PhysicalLine {
  /** 1-based line number in the file. */
  number: number;
  /** The line's text; only its start when the line is longer than the limit. */
  text: string;
  /** The line was longer than the limit; `text` holds its beginning only. */
  tooLong: boolean;
}

/** Characters of a too long line kept, so that a reject can show how it began. */
const KEPT_OF_TOO_LONG = 200;

/**
 * Splits decoded text, arriving in chunks, into physical lines (`\n` or `\r\n`), numbering
 * them from 1. A line longer than `maxLength` is reported as too long and not held in memory,
 * so that a file without line breaks cannot exhaust it.
 */
export class LineSplitter {
  private pending = '';
  private pendingTooLong = false;
  private nextNumber = 1;

  constructor(private readonly maxLength: number) {}

  /** Lines read so far (complete ones). */
  get lines(): number {
    return this.nextNumber - 1;
  }

  /** Appends the complete lines of `text` (with what was pending) to `out`. */
  push(text: string, out: PhysicalLine[]): void {
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      this.append(text.slice(start, end));
      this.emit(out);
      start = end + 1;
    }
    if (start < text.length) this.append(text.slice(start));
  }

  /** Emits the last line when the file does not end with a line break. */
  end(out: PhysicalLine[]): void {
    if (this.pending !== '' || this.pendingTooLong) this.emit(out);
  }

  private append(piece: string): void {
    if (this.pendingTooLong) return;
    if (this.pending.length + piece.length > this.maxLength) {
      this.pending = (this.pending + piece.slice(0, KEPT_OF_TOO_LONG)).slice(0, KEPT_OF_TOO_LONG);
      this.pendingTooLong = true;
      return;
    }
    this.pending += piece;
  }

  private emit(out: PhysicalLine[]): void {
    let text = this.pending;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    // A byte order mark is an encoding marker, not part of the first column's name.
    if (this.nextNumber === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    out.push({ number: this.nextNumber, text, tooLong: this.pendingTooLong });
    this.nextNumber += 1;
    this.pending = '';
    this.pendingTooLong = false;
  }
}
