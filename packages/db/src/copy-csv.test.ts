import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { testTargets } from './testing';

describe.each(testTargets())('COPY that the database rejects, on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    await db.exec('create table copy_probe (id int primary key, label text not null)');
    await db.rows(sql`insert into copy_probe values (1, 'one')`);
  }, 60_000);
  afterAll(async () => dispose());

  it('fails with the server error, rolls back and leaves the connection usable', async () => {
    // The second line repeats a stored key: the server stops the COPY with a unique violation.
    const copy = db.transaction(async (tx) => {
      await tx.copyCsv('copy_probe', ['id', 'label'], '2,two\n1,again\n');
    });
    await expect(copy).rejects.toMatchObject({ code: '23505' });
    const rows = await db.rows<{ id: number }>(sql`select id from copy_probe order by id`);
    expect(rows.map((row) => row.id)).toEqual([1]);
  });

  it('can go on after a failed COPY behind a savepoint', async () => {
    const ids = await db.transaction(async (tx) => {
      await tx.exec('savepoint probe');
      await expect(tx.copyCsv('copy_probe', ['id', 'label'], '3,three\n1,again\n')).rejects.toThrow(
        /duplicate key/,
      );
      await tx.exec('rollback to savepoint probe');
      await tx.copyCsv('copy_probe', ['id', 'label'], '4,four\n');
      return tx.rows<{ id: number }>(sql`select id from copy_probe order by id`);
    });
    expect(ids.map((row) => row.id)).toEqual([1, 4]);
  });
});
