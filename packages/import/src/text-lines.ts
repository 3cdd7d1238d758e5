import { TextDecoder } from 'node:util';
import { ImportError } from './import-error';
import { LineSplitter, type PhysicalLine } from './line-splitter';

/** How far a reader has got: for progress and for the summary. */
export interface ReadProgress {
  /** Bytes of the file read. */
  bytes: number;
  /** Physical lines read, including the header and blank lines. */
  lines: number;
}

/** Text encodings a file may be in. */
export type TextEncoding = 'utf-8' | 'latin1';

/**
 * Decodes a byte stream and yields its physical lines, a chunk's worth at a time. Refuses
 * binary files (a NUL byte at the start) and, for UTF-8, bytes that are not UTF-8, rather
 * than importing replacement characters.
 */
export async function* readTextLines(
  source: AsyncIterable<Buffer | string>,
  encoding: TextEncoding,
  maxLineLength: number,
  progress: ReadProgress,
): AsyncGenerator<PhysicalLine[]> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const splitter = new LineSplitter(maxLineLength);
  let first = true;
  for await (const chunk of readable(source)) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (first && bytes.subarray(0, 8192).includes(0)) {
      throw new ImportError(
        'not_text',
        'the file is not a text file: it holds binary data (a NUL byte in its first 8 KiB)',
        { line: 1 },
      );
    }
    first = false;
    const lines: PhysicalLine[] = [];
    splitter.push(decode(decoder, bytes, progress, splitter.lines, encoding), lines);
    progress.bytes += bytes.length;
    progress.lines = splitter.lines;
    if (lines.length > 0) yield lines;
  }
  const lines: PhysicalLine[] = [];
  splitter.push(decode(decoder, undefined, progress, splitter.lines, encoding), lines);
  splitter.end(lines);
  progress.lines = splitter.lines;
  if (lines.length > 0) yield lines;
}

function decode(
  decoder: TextDecoder,
  bytes: Buffer | undefined,
  progress: ReadProgress,
  linesSoFar: number,
  encoding: TextEncoding,
): string {
  try {
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
  } catch (error) {
    throw new ImportError(
      'not_text',
      `the file is not ${encoding} text: invalid bytes after byte ${progress.bytes.toLocaleString('en')} (near line ${linesSoFar + 1}); if it is Latin-1, set "encoding": "latin1" in the mapping`,
      { line: linesSoFar + 1, cause: error },
    );
  }
}

/** The source's chunks; a failing read (a vanished file, a broken pipe) is a fatal import error. */
async function* readable(source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  try {
    yield* source;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('source_unreadable', `reading the file failed: ${reason}`, {
      cause: error,
    });
  }
}
