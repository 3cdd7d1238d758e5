import type { Readable } from 'node:stream';
import { readCsv } from './csv-reader';
import type { ImportFormat } from './import-source';
import { mappedColumns } from './mapped-columns';
import type { ImportMapping } from './mapping';
import { readNdjson } from './ndjson-reader';
import type { SourceEntry } from './source-record';
import type { ReadProgress } from './text-lines';

/** Reads a source in its format: a header entry, then records and rejects in file order. */
export function readEntries(
  stream: Readable,
  format: ImportFormat,
  mapping: ImportMapping,
  maxRecordLength: number,
  progress: ReadProgress & { blankLines: number },
): AsyncGenerator<SourceEntry[]> {
  if (format === 'ndjson') {
    const columns = [...new Set(mappedColumns(mapping).map(({ column }) => column))];
    return readNdjson(stream, { encoding: mapping.encoding, columns, maxRecordLength }, progress);
  }
  return readCsv(
    stream,
    {
      delimiter: mapping.csv.delimiter,
      quote: mapping.csv.quote,
      trim: mapping.trim,
      encoding: mapping.encoding,
      columns: mapping.csv.columns,
      maxRecordLength,
    },
    progress,
  );
}

/** What to check when a file's records are all malformed. */
export function structureHint(format: ImportFormat, mapping: ImportMapping): string {
  if (format === 'ndjson') return 'each line must be one JSON object';
  return `check the mapping's delimiter (${JSON.stringify(mapping.csv.delimiter)}) and quote (${JSON.stringify(mapping.csv.quote)})`;
}
