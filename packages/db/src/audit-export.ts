import type { Writable } from 'node:stream';
import { z } from 'zod';
import { AuditFilter, parseAuditInput, type AuditEntry } from './audit-entry';
import { latestAuditId, readAuditPage } from './audit-log';
import type { Database } from './client';
import { csvLine } from './csv';

/** The formats an audit export is written in: CSV with a header line, or one JSON object a line. */
export const AuditExportFormat = z.enum(['csv', 'ndjson']);
/** The format of an audit export. */
export type AuditExportFormat = z.infer<typeof AuditExportFormat>;

/** Entries read per query: large enough to amortise a round trip, small enough to hold. */
const PAGE_SIZE = 1000;

const CSV_HEADER = csvLine([
  'id',
  'workspace_id',
  'at',
  'actor_kind',
  'actor_id',
  'operation',
  'query',
  'released',
  'epsilon_spent',
  'tier',
  'subject',
]);

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

const LINE: Record<AuditExportFormat, (entry: AuditEntry) => string> = {
  csv: (e) =>
    csvLine([
      e.id,
      e.workspaceId,
      e.at,
      e.actorKind,
      e.actorId,
      e.operation,
      json(e.query),
      json(e.released),
      e.epsilonSpent,
      e.tier,
      e.subject,
    ]),
  ndjson: (e) => `${JSON.stringify(e)}\n`,
};

/**
 * Writes a workspace's audit entries that match `filter` to `writable`, oldest first, and
 * returns how many it wrote. It reads a page at a time and waits for `writable` to drain
 * before reading the next, so memory stays bounded by a page whatever the log's size and
 * however slow the reader. The export ends at the newest entry when it starts, so that a busy
 * workspace cannot keep it running. `writable` is left open: the caller ends it (or destroys
 * it on error), and records the export itself as an `audit_export` entry.
 */
export async function streamAudit(
  db: Database,
  workspaceId: string,
  filter: unknown,
  writable: Writable,
  format: AuditExportFormat,
): Promise<number> {
  const f = parseAuditInput(AuditFilter, filter, 'filter');
  const fmt = parseAuditInput(AuditExportFormat, format, 'format');
  const line = LINE[fmt];
  if (fmt === 'csv') await write(writable, CSV_HEADER);
  const upTo = await latestAuditId(db, workspaceId);
  if (upTo === null) return 0;
  let written = 0;
  let after: string | undefined;
  for (;;) {
    const page = await readAuditPage(db, workspaceId, f, {
      order: 'asc',
      limit: PAGE_SIZE,
      after,
      upTo,
    });
    if (page.length > 0) await write(writable, page.map(line).join(''));
    written += page.length;
    if (page.length < PAGE_SIZE) return written;
    after = page.at(-1)?.id;
  }
}

/** Writes a chunk, resolving once `writable` can take more; rejects if it fails or closes first. */
function write(writable: Writable, chunk: string): Promise<void> {
  if (writable.destroyed || writable.writableEnded) {
    return Promise.reject(new Error('the audit export was closed before it finished'));
  }
  if (writable.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      writable.off('drain', onDrain);
      writable.off('error', onError);
      writable.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onError = (error: Error) => settle(error);
    const onClose = () => settle(new Error('the audit export was closed before it finished'));
    writable.on('drain', onDrain);
    writable.on('error', onError);
    writable.on('close', onClose);
  });
}
