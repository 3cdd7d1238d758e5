import { loadCatalog, type Database } from '@pinpoint/db';
import { formatIssue, type Catalog, type Issue } from '@pinpoint/domain';
import { planAttributes, type AttributePlan } from './attribute-plan';
import { ImportError } from './import-error';
import { ambiguousColumns, missingColumns } from './mapped-columns';
import type { ImportMapping } from './mapping';
import type { SourceEntry } from './source-record';

/** The start of a file: its columns and the first records, read before anything is written. */
export interface FileStart {
  columns: readonly string[];
  /** Entries after the header, up to `sampleSize` records (rejects included). */
  sample: SourceEntry[];
  /** The file has no more entries. */
  exhausted: boolean;
  /** A fatal problem of the file met while reading the sample: the records before it are kept. */
  stoppedBy: ImportError | null;
}

/**
 * Reads the header and the first `mapping.sampleSize` records. A file without a header row,
 * or whose header is not valid CSV, is refused.
 */
export async function readFileStart(
  entries: AsyncIterator<SourceEntry[]>,
  mapping: ImportMapping,
): Promise<FileStart> {
  let columns: readonly string[] | null = null;
  const sample: SourceEntry[] = [];
  let records = 0;
  for (;;) {
    if (columns !== null && records >= mapping.sampleSize) {
      return { columns, sample, exhausted: false, stoppedBy: null };
    }
    let next: IteratorResult<SourceEntry[]>;
    try {
      next = await entries.next();
    } catch (error) {
      // Past the header, the records read so far are good; a partial import keeps them.
      if (columns === null || !(error instanceof ImportError)) throw error;
      return { columns, sample, exhausted: true, stoppedBy: error };
    }
    if (next.done) break;
    for (const entry of next.value) {
      if (columns !== null) {
        sample.push(entry);
        if (entry.kind === 'record') records += 1;
      } else if (entry.kind === 'header') {
        columns = entry.columns;
      } else {
        const reason = entry.kind === 'broken' ? entry.problem.message : 'it has no header';
        throw new ImportError(
          'not_csv',
          `line ${entry.line}: the header row is not valid CSV: ${reason}`,
          {
            line: entry.line,
          },
        );
      }
    }
  }
  if (columns === null) {
    throw new ImportError('not_csv', 'the file is empty: it has no header row naming its columns', {
      line: 1,
    });
  }
  return { columns, sample, exhausted: true, stoppedBy: null };
}

/** Refuses a CSV header that lacks a mapped column or names one twice. */
export function checkHeader(mapping: ImportMapping, columns: readonly string[]): void {
  const issues: Issue[] = [
    ...missingColumns(mapping, columns).map(({ column, path, hint }) => ({
      path,
      code: 'not_found' as const,
      message: `no column "${column}" in the header${hint === null ? '' : ` (did you mean "${hint}"?)`}`,
    })),
    ...ambiguousColumns(mapping, columns).map(({ column, path }) => ({
      path,
      code: 'duplicate' as const,
      message: `the header has more than one column "${column}"`,
    })),
  ];
  if (issues.length === 0) return;
  const header = columns.map((name) => JSON.stringify(name)).join(', ');
  const single = columns.length === 1 ? singleColumnHint(columns[0] ?? '', mapping) : '';
  throw new ImportError(
    'missing_columns',
    `the mapping does not fit the file's header (${header}):\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}${single}`,
    { line: 1, issues },
  );
}

function singleColumnHint(header: string, mapping: ImportMapping): string {
  const other = [';', '\t', '|'].find((candidate) => header.includes(candidate));
  return other === undefined
    ? ''
    : `\n  the header has a single column: is the delimiter ${JSON.stringify(other)} rather than ${JSON.stringify(mapping.csv.delimiter)}? (set "csv": { "delimiter": ${JSON.stringify(other)} })`;
}

/** Loads the catalog and plans each attribute, refusing a mapping the catalog contradicts. */
export async function planImport(
  db: Database,
  workspaceId: string,
  mapping: ImportMapping,
  start: FileStart,
): Promise<{ catalog: Catalog; plans: AttributePlan[] }> {
  const catalog = await loadCatalog(db, workspaceId);
  const records = start.sample.filter((entry) => entry.kind === 'record');
  const planned = planAttributes(mapping, catalog, (column) => {
    const index = start.columns.indexOf(column);
    return records.map((record) => record.fields[index]);
  });
  if (!planned.ok) {
    throw new ImportError(
      'catalog_conflict',
      `the mapping does not fit the workspace's catalog:\n${planned.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`,
      { issues: planned.issues },
    );
  }
  return { catalog, plans: planned.plans };
}
