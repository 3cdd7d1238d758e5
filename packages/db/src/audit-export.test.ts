import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamAudit, type AuditExportFormat } from './audit-export';
import type { Database } from './client';
import { testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

const ENTRIES = 20_000;

/**
 * A reader as slow as a remote client: it takes a chunk only on a later turn of the event
 * loop, and notes the most ever buffered for it, which stays within one page only if the
 * export waits for it to drain.
 */
class SlowReader extends Writable {
  text = '';
  chunks = 0;
  largestChunk = 0;
  mostBuffered = 0;
  constructor() {
    super({ highWaterMark: 16 * 1024, decodeStrings: false });
  }
  override _write(chunk: string, _encoding: string, done: (error?: Error) => void): void {
    this.chunks += 1;
    this.largestChunk = Math.max(this.largestChunk, chunk.length);
    this.mostBuffered = Math.max(this.mostBuffered, this.writableLength);
    this.text += chunk;
    setImmediate(done);
  }
}

/** The database, noting the largest number of rows any one query returned. */
function measured(db: Database): Database & { largestResult: () => number } {
  let largest = 0;
  return {
    ...db,
    rows: async <T>(query: Parameters<Database['rows']>[0]) => {
      const rows = await db.rows<T>(query);
      largest = Math.max(largest, rows.length);
      return rows;
    },
    largestResult: () => largest,
  };
}

describe.each(testTargets())('audit export on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    await ensureWorkspace(db, 'big');
    await ensureWorkspace(db, 'other');
    await db.rows(sql`
      insert into audit_log
        (workspace_id, actor_kind, actor_id, operation, query, released, epsilon_spent, tier)
      select 'big', 'api_key', 'key-' || (i % 7), case when i % 2 = 0 then 'count' else 'overlap' end,
        jsonb_build_object('i', i, 'note', 'a, "quoted" note'), jsonb_build_object('count', i * 10),
        0.25, 'partner'
      from generate_series(1, ${ENTRIES}) as i`);
    await db.rows(sql`
      insert into audit_log (workspace_id, actor_kind, operation, subject)
      values ('other', 'local', 'preview', 'not-yours')`);
  }, 120_000);
  afterAll(async () => dispose());

  const exportAll = async (format: AuditExportFormat, filter: object = {}) => {
    const reader = new SlowReader();
    const source = measured(db);
    const written = await streamAudit(source, 'big', filter, reader, format);
    return { reader, written, largestResult: source.largestResult() };
  };

  it('writes every entry as CSV, a page at a time, waiting for the reader', async () => {
    const { reader, written, largestResult } = await exportAll('csv');
    expect(written).toBe(ENTRIES);
    const lines = reader.text.split('\n');
    expect(lines).toHaveLength(ENTRIES + 2); // the header, the entries, and the final newline
    expect(lines[0]).toBe(
      '"id","workspace_id","at","actor_kind","actor_id","operation","query","released","epsilon_spent","tier","subject"',
    );
    expect(lines[1]).toMatch(
      /^"1","big",[0-9T:.-]+Z,"api_key","key-1","overlap","{""i"":1,""note"":""a, \\""quoted\\"" note""}","{""count"":10}",0\.25,"partner",$/,
    );
    expect(lines[ENTRIES + 1]).toBe('');
    expect(reader.text).not.toContain('not-yours');
    expect(largestResult).toBeLessThanOrEqual(1000);
    expect(reader.chunks).toBeGreaterThanOrEqual(ENTRIES / 1000);
    expect(reader.mostBuffered).toBeLessThanOrEqual(reader.largestChunk);
  });

  it('writes NDJSON, oldest first, and filters', async () => {
    const { reader, written, largestResult } = await exportAll('ndjson', {
      operation: 'overlap',
    });
    expect(written).toBe(ENTRIES / 2);
    const entries = reader.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; operation: string; query: { i: number } });
    expect(entries).toHaveLength(ENTRIES / 2);
    expect(entries[0]).toMatchObject({
      id: '1',
      workspaceId: 'big',
      actorKind: 'api_key',
      operation: 'overlap',
      query: { i: 1, note: 'a, "quoted" note' },
      released: { count: 10 },
      epsilonSpent: 0.25,
      subject: null,
    });
    expect(entries.every((e) => e.operation === 'overlap')).toBe(true);
    expect(entries.map((e) => e.query.i)).toEqual(
      Array.from({ length: ENTRIES / 2 }, (_, k) => 2 * k + 1),
    );
    expect(largestResult).toBeLessThanOrEqual(1000);
    expect(reader.mostBuffered).toBeLessThanOrEqual(reader.largestChunk);
  });

  it('writes only the header when nothing matches', async () => {
    const reader = new SlowReader();
    expect(await streamAudit(db, 'nobody', {}, reader, 'csv')).toBe(0);
    expect(reader.text.split('\n')).toHaveLength(2);
  });

  it('stops when the reader goes away', async () => {
    const reader = new SlowReader();
    reader.once('drain', () => reader.destroy());
    await expect(streamAudit(db, 'big', {}, reader, 'ndjson')).rejects.toThrow(
      /closed before it finished/,
    );
    expect(reader.chunks).toBeLessThan(ENTRIES / 1000);
  });

  it('refuses an unknown format or filter', async () => {
    const reader = new SlowReader();
    await expect(streamAudit(db, 'big', {}, reader, 'xml' as AuditExportFormat)).rejects.toThrow(
      /^format: /,
    );
    await expect(streamAudit(db, 'big', { operation: 'peek' }, reader, 'csv')).rejects.toThrow(
      /^filter\.operation: /,
    );
  });
});
