/** The characters that shape a CSV record. */
export interface CsvSyntax {
  delimiter: string;
  quote: string;
  /** Spaces around fields are ignored, also between a delimiter and a quote. */
  trim: boolean;
}

/** Where a quoted field that runs past the end of a line was opened. */
export interface OpenQuote {
  /** 0-based index of the column the quote opened in. */
  column: number;
}

/** What scanning a line's quotes found. */
export type QuoteScan =
  | { kind: 'complete' }
  | { kind: 'open'; quote: OpenQuote }
  | {
      kind: 'error';
      column: number;
      problem: 'quote_in_unquoted_field' | 'text_after_quote';
      found: string;
    };

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_CLOSING_QUOTE = 3;

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\f';

/**
 * Checks the quoting of one line of a CSV record (RFC 4180: a field is quoted as a whole,
 * a quote inside it is doubled), continuing a quoted field from the previous line when
 * `continuing` is given. Finds the first misplaced quote, or a quoted field left open at the
 * end of the line, which then continues on the next line.
 */
export function scanQuotes(text: string, syntax: CsvSyntax, continuing?: OpenQuote): QuoteScan {
  const { delimiter, quote, trim } = syntax;
  let state = continuing ? QUOTED : FIELD_START;
  let column = continuing?.column ?? 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    switch (state) {
      case QUOTED:
        if (c === quote) {
          if (text[i + 1] === quote) i += 1;
          else state = AFTER_CLOSING_QUOTE;
        }
        break;
      case AFTER_CLOSING_QUOTE:
        if (c === delimiter) {
          column += 1;
          state = FIELD_START;
        } else if (!(trim && isBlank(c))) {
          return { kind: 'error', column, problem: 'text_after_quote', found: c };
        }
        break;
      case FIELD_START:
        if (c === quote) state = QUOTED;
        else if (c === delimiter) column += 1;
        else if (!(trim && isBlank(c))) state = UNQUOTED;
        break;
      default:
        if (c === delimiter) {
          column += 1;
          state = FIELD_START;
        } else if (c === quote) {
          return { kind: 'error', column, problem: 'quote_in_unquoted_field', found: c };
        }
    }
  }
  return state === QUOTED ? { kind: 'open', quote: { column } } : { kind: 'complete' };
}
