import type { Readable, Writable } from 'node:stream';

/** Where the CLI reads and writes: the process's streams, or buffers in tests. */
export interface CliIo {
  /** Results: tables, or one JSON document with `--json`. */
  out: (text: string) => void;
  /** Errors, warnings and notes for people. */
  err: (text: string) => void;
  /** Standard output as a stream, for exports that do not fit in memory. */
  stdout: Writable;
  /** Standard input, for `import -`. */
  stdin: Readable;
  /** A terminal to draw progress bars on; null when output goes to a file, a pipe or CI. */
  progressStream: NodeJS.WriteStream | null;
  /** Calls `handler` on Ctrl-C instead of exiting at once; returns how to stop listening. */
  onInterrupt: (handler: () => void) => () => void;
}

/** The process's streams; progress only when stderr is a terminal and not in CI. */
export function processIo(ci: boolean): CliIo {
  // `pinpoint export … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stdout: process.stdout,
    stdin: process.stdin,
    progressStream: process.stderr.isTTY && !ci ? process.stderr : null,
    onInterrupt(handler) {
      process.once('SIGINT', handler);
      return () => void process.off('SIGINT', handler);
    },
  };
}
