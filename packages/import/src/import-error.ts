import type { Issue } from '@pinpoint/domain';

/**
 * Why an import stopped. Stable, so that callers (the CLI's exit codes) can branch on it:
 * `invalid_mapping`, `missing_columns` and `catalog_conflict` are mistakes in the mapping;
 * `source_unreadable`, `not_text`, `not_csv`, `not_ndjson` and `unterminated_quote` are
 * problems of the file; `rejects_unwritable`, `database` and `aborted` are neither.
 */
export type ImportErrorCode =
  | 'invalid_mapping'
  | 'missing_columns'
  | 'catalog_conflict'
  | 'source_unreadable'
  | 'not_text'
  | 'not_csv'
  | 'not_ndjson'
  | 'unterminated_quote'
  | 'rejects_unwritable'
  | 'database'
  | 'aborted';

/** Where a stopped import left the database. */
export interface ImportOutcome {
  /** True when nothing of this run was kept (the default, all-or-nothing mode). */
  rolledBack: boolean;
  /** Records written and kept before the stop (only with `partial`). */
  committed: number;
}

/**
 * A fatal import problem: the import stopped, and (unless `partial` was asked for) nothing of
 * it was written. The message says what to fix; `issues` name mapping problems by path.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  outcome: ImportOutcome = { rolledBack: true, committed: 0 };

  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly details: { issues?: Issue[]; line?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  /** Mapping problems named by path (`attributes.age.type`), when the mapping was at fault. */
  get issues(): Issue[] {
    return this.details.issues ?? [];
  }

  /** The physical line of the file where the problem was found, when it has one. */
  get line(): number | undefined {
    return this.details.line;
  }
}

/** Errors of the code itself, which no database or file explains: they are not relabelled. */
const DEFECTS = [TypeError, RangeError, ReferenceError, SyntaxError];

/**
 * An error met while talking to the database, as an `ImportError` (`database`) whose message
 * says so; import errors and defects of the code pass through unchanged.
 */
export function asDatabaseError(error: unknown): unknown {
  if (error instanceof ImportError || DEFECTS.some((type) => error instanceof type)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ImportError('database', `the database refused the import: ${reason}`, {
    cause: error,
  });
}
