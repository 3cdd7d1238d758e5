import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditInputError } from './audit-entry';
import { appendAudit, queryAudit } from './audit-log';
import type { Database } from './client';
import { forWorkspace } from './tenant-scope';
import { testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

const partnerCount = {
  actorKind: 'api_key',
  actorId: 'key-1',
  operation: 'count',
  query: { segment: 'climate-voters', rule: { attribute: { key: 'age', op: 'gte', value: 18 } } },
  released: { count: 1250, noised: true },
  epsilonSpent: 0.1,
  tier: 'partner',
} as const;

describe.each(testTargets())('audit log on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    await ensureWorkspace(db, 'north');
    await ensureWorkspace(db, 'south');
  }, 60_000);
  afterAll(async () => dispose());

  it('stores an entry as given, stamped with an id and the time', async () => {
    const before = await serverNow(db);
    const stored = await appendAudit(db, 'north', partnerCount);
    expect(stored).toEqual({
      ...partnerCount,
      id: expect.stringMatching(/^[0-9]+$/) as unknown,
      workspaceId: 'north',
      at: expect.any(Date) as unknown,
      subject: null,
    });
    expect(stored.at.getTime()).toBeGreaterThanOrEqual(before.getTime());
    const { entries } = await queryAudit(db, 'north', { limit: 10 });
    expect(entries).toContainEqual(stored);
  });

  it('fills in what an entry may leave out', async () => {
    const stored = await appendAudit(db, 'north', { actorKind: 'cli', operation: 'erasure' });
    expect(stored).toMatchObject({
      actorId: null,
      query: null,
      released: null,
      epsilonSpent: 0,
      tier: null,
      subject: null,
    });
  });

  it('refuses an invalid entry, naming every field that is wrong', async () => {
    const refused = appendAudit(db, 'north', {
      actorKind: 'robot',
      operation: 'count',
      epsilonSpent: -1,
      query: { threshold: Number.NaN },
      extra: true,
    });
    await expect(refused).rejects.toBeInstanceOf(AuditInputError);
    const paths = await refused.catch((e: AuditInputError) => e.issues.map((i) => i.path).sort());
    expect(paths).toEqual(['entry', 'entry.actorKind', 'entry.epsilonSpent', 'entry.query']);
  });

  it('wants to know which key or user acted', async () => {
    await expect(
      appendAudit(db, 'north', { actorKind: 'user', operation: 'preview', subject: 'p-1' }),
    ).rejects.toThrow(/entry\.actorId: expected the id of the API key or user/);
  });

  it('pages newest first with a cursor, and filters', async () => {
    await ensureWorkspace(db, 'paging');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const entry = await appendAudit(db, 'paging', {
        ...partnerCount,
        actorId: i % 2 === 0 ? 'even' : 'odd',
        operation: i < 5 ? 'count' : 'overlap',
      });
      ids.push(entry.id);
    }
    const newestFirst = [...ids].reverse();
    const first = await queryAudit(db, 'paging', { limit: 3 });
    expect(first.entries.map((e) => e.id)).toEqual(newestFirst.slice(0, 3));
    const second = await queryAudit(db, 'paging', { limit: 3, after: first.next ?? undefined });
    expect(second.entries.map((e) => e.id)).toEqual(newestFirst.slice(3, 6));
    const last = await queryAudit(db, 'paging', { limit: 3, after: second.next ?? undefined });
    expect(last).toEqual({ entries: [expect.objectContaining({ id: ids[0] })], next: null });

    const overlaps = await queryAudit(db, 'paging', { limit: 10, operation: 'overlap' });
    expect(overlaps.entries.map((e) => e.id)).toEqual([ids[6], ids[5]]);
    const odd = await queryAudit(db, 'paging', { limit: 10, actorId: 'odd' });
    expect(odd.entries.map((e) => e.id)).toEqual([ids[5], ids[3], ids[1]]);
  });

  it('filters by time, from inclusive and to exclusive', async () => {
    await ensureWorkspace(db, 'timed');
    const first = await appendAudit(db, 'timed', partnerCount);
    await waitForClockPast(db, first.at);
    const second = await appendAudit(db, 'timed', partnerCount);
    const ids = async (filter: object) =>
      (await queryAudit(db, 'timed', { limit: 10, ...filter })).entries.map((e) => e.id);
    expect(await ids({ from: second.at })).toEqual([second.id]);
    expect(await ids({ to: second.at })).toEqual([first.id]);
    expect(await ids({ from: first.at, to: new Date(second.at.getTime() + 1) })).toEqual([
      second.id,
      first.id,
    ]);
  });

  it('refuses a bad query, naming the field', async () => {
    await expect(queryAudit(db, 'north', { limit: 0 })).rejects.toThrow(/^query\.limit:/);
    await expect(queryAudit(db, 'north', { limit: 10, after: 'abc' })).rejects.toThrow(
      'query.after: expected a cursor from a previous page',
    );
    const at = new Date('2026-01-01T00:00:00Z');
    await expect(queryAudit(db, 'north', { limit: 10, from: at, to: at })).rejects.toThrow(
      'query.to: expected a time after `from`',
    );
  });

  it('lets a workspace read and write only its own entries', async () => {
    const south = await appendAudit(db, 'south', { ...partnerCount, actorId: 'south-key' });
    const north = forWorkspace(db, 'north');
    const asNorth = await queryAudit(north, 'south', { limit: 100 });
    expect(asNorth.entries).toEqual([]);
    const all = await north.rows<{ workspace_id: string }>(
      sql`select distinct workspace_id from audit_log`,
    );
    expect(all).toEqual([{ workspace_id: 'north' }]);
    expect(await north.rows(sql`select 1 from audit_log where id = ${south.id}::bigint`)).toEqual(
      [],
    );
    await expect(appendAudit(north, 'south', partnerCount)).rejects.toThrow(/row-level security/);
    const own = await appendAudit(north, 'north', partnerCount);
    expect((await queryAudit(north, 'north', { limit: 1 })).entries).toEqual([own]);
  });
});

async function serverNow(db: Database): Promise<Date> {
  const [row] = await db.rows<{ now: Date }>(sql`select clock_timestamp() as now`);
  if (!row) throw new Error('no time');
  return row.now;
}

/** Entries a transaction apart may share a timestamp on a fast machine; time filters need two. */
async function waitForClockPast(db: Database, at: Date): Promise<void> {
  while ((await serverNow(db)).getTime() <= at.getTime()) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
