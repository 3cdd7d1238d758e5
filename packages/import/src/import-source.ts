import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ImportError } from './import-error';

/** Where records come from: a file path, or any readable byte stream (stdin, an upload). */
export type ImportSource = string | Readable;

/** The file formats an import reads. */
export type ImportFormat = 'csv' | 'ndjson';

/** An opened source with what is known of its size. */
export interface OpenedSource {
  stream: Readable;
  /** Total bytes, when known: for percentages and time estimates. */
  sizeBytes: number | null;
  /** A path's name, for the format guess. */
  path: string | null;
}

/** Opens a source for streaming; a path that is missing or not a file is a fatal error. */
export async function openSource(source: ImportSource, sizeBytes?: number): Promise<OpenedSource> {
  if (typeof source !== 'string')
    return { stream: source, sizeBytes: sizeBytes ?? null, path: null };
  let size: number;
  try {
    const info = await stat(source);
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
  } catch (error) {
    throw new ImportError(
      'source_unreadable',
      `cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  // Default 64 KiB reads: small chunks hand control back to the event loop often, so that
  // the next statement of the batch being written is sent without waiting for a big parse.
  return {
    stream: createReadStream(source, { highWaterMark: 16 * 1024 }),
    sizeBytes: size,
    path: source,
  };
}

/** The format: asked for, else the mapping's, else the file name's (`.ndjson`, `.jsonl`), else CSV. */
export function chooseFormat(
  asked: ImportFormat | undefined,
  mapped: ImportFormat | undefined,
  path: string | null,
): ImportFormat {
  if (asked) return asked;
  if (mapped) return mapped;
  return path && /\.(ndjson|jsonl)$/i.test(path) ? 'ndjson' : 'csv';
}
