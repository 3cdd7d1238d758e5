import type { CliIo } from '../io';

/** How a command prints its result: a table for people, or one JSON document for scripts. */
export interface Output {
  readonly json: boolean;
  /** Prints `value` as JSON with `--json`, else what `human` makes of it. */
  result<T>(value: T, human: (value: T) => string): void;
  /** A note for people on stderr (progress, what was done); silent with `--json`. */
  note(text: string): void;
}

/** Output to `io`, as JSON when `json` is set. Dates print as ISO 8601 instants. */
export function createOutput(io: CliIo, json: boolean): Output {
  return {
    json,
    result(value, human) {
      io.out(json ? `${JSON.stringify(value, null, 2)}\n` : human(value));
    },
    note(text) {
      if (!json) io.err(`${text}\n`);
    },
  };
}
