import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import {
  ImportError,
  importProfiles,
  type ImportFormat,
  type ImportProgress,
  type ImportSource,
  type ImportSummary,
} from '@pinpoint/import';
import { databaseError } from '../backend/database-errors';
import { withMigratedDatabase } from '../backend/database-setup';
import { describeDatabase } from '../backend/database-target';
import type { CliEnv } from '../env';
import { CliError } from '../exit-code';

/** What `pinpoint import` asked for, paths resolved. */
export interface ImportRequest {
  source: ImportSource;
  /** Path of the mapping file. */
  mapping: string;
  partial: boolean;
  rejects?: string | undefined;
  format?: ImportFormat | undefined;
  batchSize?: number | undefined;
  onProgress: (progress: ImportProgress) => void;
  signal: AbortSignal;
}

/**
 * Imports a file into the configured database (created and migrated when needed, so that a
 * fresh clone imports with one command) and returns the summary. A stopped import becomes a
 * CLI error saying what to fix and what was kept.
 */
export async function importFile(
  env: CliEnv,
  request: ImportRequest,
): Promise<{ summary: ImportSummary; database: string }> {
  const database = describeDatabase(env);
  try {
    const summary = await withMigratedDatabase(env, (db) =>
      importProfiles(db, DEFAULT_WORKSPACE_ID, request.source, request.mapping, {
        partial: request.partial,
        onProgress: request.onProgress,
        signal: request.signal,
        ...(request.rejects ? { rejects: request.rejects } : {}),
        ...(request.format ? { format: request.format } : {}),
        ...(request.batchSize ? { batchSize: request.batchSize } : {}),
      }),
    );
    return { summary, database };
  } catch (error) {
    if (error instanceof ImportError) throw importError(error, database);
    throw error;
  }
}

function importError(error: ImportError, database: string): CliError {
  const kept = error.outcome.rolledBack
    ? 'nothing was imported'
    : `${error.outcome.committed.toLocaleString('en-US')} records were kept (--partial)`;
  // The package's message may list the mapping's issues on further lines; they are printed below.
  const headline = error.message.split('\n')[0]!.replace(/[:.]$/, '');
  const at =
    error.line === undefined || headline.includes(`line ${error.line}`)
      ? ''
      : ` (line ${error.line})`;
  const message = `${headline}${at}; ${kept}`;
  const issues = error.issues;
  switch (error.code) {
    case 'invalid_mapping':
    case 'missing_columns':
    case 'catalog_conflict':
      return new CliError('invalid', message, { issues, hint: 'fix the mapping file' });
    case 'source_unreadable':
    case 'rejects_unwritable':
      return new CliError('usage', message);
    case 'not_text':
    case 'not_csv':
    case 'not_ndjson':
    case 'unterminated_quote':
      return new CliError('invalid', message, {
        hint: 'check the file and its format (--format csv|ndjson); --partial keeps the records before the problem',
      });
    case 'aborted':
      return new CliError('interrupted', message);
    case 'database':
      return databaseError(error.details.cause, database) ?? new CliError('internal', message);
  }
}
