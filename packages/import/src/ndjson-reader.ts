import type { PhysicalLine } from './line-splitter';
import type { SourceEntry } from './source-record';
import { readTextLines, type ReadProgress, type TextEncoding } from './text-lines';

/** How to read an NDJSON file. */
export interface NdjsonReadOptions {
  encoding: TextEncoding;
  /** The keys the mapping reads; they are the record's fields, in this order. */
  columns: readonly string[];
  maxRecordLength: number;
}

/**
 * Reads newline-delimited JSON: one object per line, its top-level keys are the columns.
 * Yields a header entry (the mapped keys) and then records, a chunk of the file at a time;
 * blank lines are skipped, and lines that are not JSON objects are rejected.
 */
export async function* readNdjson(
  source: AsyncIterable<Buffer | string>,
  options: NdjsonReadOptions,
  progress: ReadProgress & { blankLines: number },
): AsyncGenerator<SourceEntry[]> {
  yield [{ kind: 'header', columns: options.columns }];
  for await (const lines of readTextLines(
    source,
    options.encoding,
    options.maxRecordLength,
    progress,
  )) {
    const entries: SourceEntry[] = [];
    for (const line of lines) {
      if (line.text.trim() === '') progress.blankLines += 1;
      else entries.push(toEntry(line, options));
    }
    if (entries.length > 0) yield entries;
  }
}

function toEntry(line: PhysicalLine, options: NdjsonReadOptions): SourceEntry {
  const base = { line: line.number, endLine: line.number, raw: line.text };
  if (line.tooLong) {
    return broken(
      base,
      'record_too_long',
      `the line is longer than ${options.maxRecordLength.toLocaleString('en')} characters`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    return broken(base, 'invalid_json', `not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return broken(base, 'not_an_object', `expected a JSON object, found ${found}`);
  }
  const object = value as Record<string, unknown>;
  // Own keys only: a column named "constructor" must not read Object.prototype's.
  const fields = options.columns.map((column) =>
    Object.hasOwn(object, column) ? object[column] : undefined,
  );
  return { kind: 'record', ...base, fields };
}

function broken(
  base: { line: number; endLine: number; raw: string },
  code: 'record_too_long' | 'invalid_json' | 'not_an_object',
  message: string,
): SourceEntry {
  return { kind: 'broken', ...base, problem: { column: null, code, message } };
}
