import { parse, type Parser } from 'csv-parse';
import { finished } from 'node:stream/promises';
import { CsvFramer, type FramedRecord } from './csv-framer';
import type { CsvSyntax } from './csv-quote-scan';
import type { SourceEntry } from './source-record';
import { readTextLines, type ReadProgress, type TextEncoding } from './text-lines';

/** How to read a CSV file. */
export interface CsvReadOptions extends CsvSyntax {
  encoding: TextEncoding;
  /** Names of the columns of a file without a header row; otherwise the first record names them. */
  columns?: readonly string[] | undefined;
  /** Longest record, in characters; longer ones are rejected. */
  maxRecordLength: number;
}

/**
 * Reads a CSV file as a header entry followed by records, a chunk of the file at a time.
 * Quoting is checked line by line first (see `CsvFramer`); csv-parse then splits the
 * well-formed records into fields. Records with another number of fields than the header are
 * rejected here, so that later steps can rely on the column positions.
 */
export async function* readCsv(
  source: AsyncIterable<Buffer | string>,
  options: CsvReadOptions,
  progress: ReadProgress & { blankLines: number },
): AsyncGenerator<SourceEntry[]> {
  let columns: readonly string[] | null = options.columns ?? null;
  const columnName = (index: number) => columns?.[index] ?? `#${index + 1}`;
  const framer = new CsvFramer(options, options.maxRecordLength, columnName);
  const parser = fieldParser(options);
  const parsed: string[][] = [];
  parser.on('data', (fields: string[]) => parsed.push(fields));
  // The framer passes only well-formed records, so a parse error is a defect, not bad data.
  let parseError: Error | null = null;
  parser.on('error', (error) => (parseError = error));
  const checkParser = () => {
    if (parseError) throw parseError;
  };
  const framed: FramedRecord[] = [];
  let consumed = 0;

  const entriesReady = (): SourceEntry[] => {
    const entries: SourceEntry[] = [];
    let next = 0;
    while (consumed < framed.length) {
      const record = framed[consumed] as FramedRecord;
      if (record.kind === 'broken') {
        const { code, column, message } = record.problem;
        const name = column === null ? null : columnName(column);
        entries.push({
          kind: 'broken',
          line: record.line,
          endLine: record.endLine,
          raw: record.text,
          problem: { code, column: name, message: message(name ?? '') },
        });
      } else {
        // csv-parse yields exactly one record per framed record, in order.
        if (next >= parsed.length) break;
        const fields = parsed[next] as string[];
        next += 1;
        if (columns === null) {
          columns = fields.map((name) => name.trim());
          entries.push({ kind: 'header', columns });
        } else {
          entries.push(toEntry(record, fields, columns));
        }
      }
      consumed += 1;
    }
    parsed.splice(0, next);
    framed.splice(0, consumed);
    consumed = 0;
    return entries;
  };

  if (columns !== null) yield [{ kind: 'header', columns }];
  for await (const lines of readTextLines(
    source,
    options.encoding,
    options.maxRecordLength,
    progress,
  )) {
    const before = framed.length;
    for (const line of lines) framer.push(line, framed);
    const text = framed
      .slice(before)
      .flatMap((record) => (record.kind === 'record' ? [record.text, '\n'] : []))
      .join('');
    if (text !== '') parser.write(text);
    checkParser();
    progress.blankLines = framer.blankLines;
    const entries = entriesReady();
    if (entries.length > 0) yield entries;
  }
  // csv-parse holds back the end of what it was given until it sees more or the end: end it
  // first, so that the records before a quote left open are read before that error.
  parser.end();
  await finished(parser);
  checkParser();
  progress.blankLines = framer.blankLines;
  const entries = entriesReady();
  if (framed.length > 0) {
    throw new Error(
      `csv-parse returned fewer records than the ${framed.length + entries.length} framed`,
    );
  }
  if (entries.length > 0) yield entries;
  framer.finish();
}

function fieldParser(options: CsvReadOptions): Parser {
  return parse({
    delimiter: options.delimiter,
    quote: options.quote,
    escape: options.quote,
    record_delimiter: '\n',
    ltrim: options.trim,
    rtrim: options.trim,
    relax_column_count: true,
    max_record_size: options.maxRecordLength + 1,
  });
}

function toEntry(
  record: Extract<FramedRecord, { kind: 'record' }>,
  fields: string[],
  columns: readonly string[],
): SourceEntry {
  const base = { line: record.line, endLine: record.endLine, raw: record.text };
  if (fields.length === columns.length) return { kind: 'record', ...base, fields };
  return {
    kind: 'broken',
    ...base,
    problem: {
      column: null,
      code: 'wrong_column_count',
      message: `expected ${columns.length} fields (as in the header), found ${fields.length}`,
    },
  };
}
