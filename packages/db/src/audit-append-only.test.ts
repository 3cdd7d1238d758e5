import { randomBytes } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, queryAudit } from './audit-log';
import { auditPseudonym, pseudonymiseAuditSubject } from './audit-pseudonym';
import type { Database } from './client';
import { forWorkspace, TENANT_ROLE } from './tenant-scope';
import { testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

const APPEND_ONLY = /audit_log is append-only/;
const PERMISSION_DENIED = /permission denied/;

const preview = (subject: string) =>
  ({ actorKind: 'user', actorId: 'ada', operation: 'preview', subject, tier: 'member' }) as const;

describe.each(testTargets())('append-only audit log on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let entryId: string;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    await ensureWorkspace(db, 'north');
    await ensureWorkspace(db, 'south');
    entryId = (await appendAudit(db, 'north', preview('someone'))).id;
  }, 60_000);
  afterAll(async () => dispose());

  /** Runs statements in one transaction that first switches pseudonymisation on. */
  const withPseudonymising = (statement: SQL) =>
    db.transaction(async (tx) => {
      await tx.exec('set local pinpoint.audit_pseudonymise = on');
      return tx.rows(statement);
    });

  it('refuses the owner any update, delete or truncation', async () => {
    await expect(
      db.rows(sql`update audit_log set operation = 'count' where id = ${entryId}::bigint`),
    ).rejects.toThrow(/append-only: UPDATE is not allowed/);
    await expect(db.rows(sql`delete from audit_log where id = ${entryId}::bigint`)).rejects.toThrow(
      /append-only: DELETE is not allowed/,
    );
    await expect(db.exec('truncate audit_log')).rejects.toThrow(
      /append-only: TRUNCATE is not allowed/,
    );
    expect((await queryAudit(db, 'north', { limit: 10 })).entries).toHaveLength(1);
  });

  it('gives requests no right to update or delete entries', async () => {
    const north = forWorkspace(db, 'north');
    await expect(north.rows(sql`update audit_log set subject = null`)).rejects.toThrow(
      PERMISSION_DENIED,
    );
    await expect(north.rows(sql`delete from audit_log`)).rejects.toThrow(PERMISSION_DENIED);
    await expect(north.exec('truncate audit_log')).rejects.toThrow(PERMISSION_DENIED);
  });

  it('still refuses requests if the grants were ever widened by mistake', async () => {
    const asWidenedApp = (statement: SQL) =>
      db.transaction(async (tx) => {
        // Rolled back with the refused statement: the grant never outlives this test.
        await tx.exec(`grant update, delete on audit_log to ${TENANT_ROLE}`);
        await tx.exec(
          `set local role ${TENANT_ROLE}; select set_config('pinpoint.workspace_id', 'north', true)`,
        );
        return tx.rows(statement);
      });
    await expect(asWidenedApp(sql`update audit_log set tier = 'partner'`)).rejects.toThrow(
      APPEND_ONLY,
    );
    await expect(asWidenedApp(sql`delete from audit_log`)).rejects.toThrow(APPEND_ONLY);
    await expect(forWorkspace(db, 'north').rows(sql`delete from audit_log`)).rejects.toThrow(
      PERMISSION_DENIED,
    );
  });

  it('pseudonymises the erased profile in its workspace only, and nothing else', async () => {
    const secret = randomBytes(32);
    const erased = await appendAudit(db, 'north', { ...preview('p-erased'), query: { n: 1 } });
    const again = await appendAudit(db, 'north', preview('p-erased'));
    const kept = await appendAudit(db, 'north', preview('p-kept'));
    const elsewhere = await appendAudit(db, 'south', preview('p-erased'));

    expect(await pseudonymiseAuditSubject(db, 'north', 'p-erased', secret)).toBe(2);

    const pseudonym = auditPseudonym(secret, 'p-erased');
    expect(pseudonym).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    const north = new Map(
      (await queryAudit(db, 'north', { limit: 100 })).entries.map((e) => [e.id, e]),
    );
    expect(north.get(erased.id)).toEqual({ ...erased, subject: pseudonym });
    expect(north.get(again.id)).toEqual({ ...again, subject: pseudonym });
    expect(north.get(kept.id)).toEqual(kept);
    expect((await queryAudit(db, 'south', { limit: 100 })).entries).toEqual([elsewhere]);
    // Done once; a second erasure of the same profile finds nothing left to do.
    expect(await pseudonymiseAuditSubject(db, 'north', 'p-erased', secret)).toBe(0);
  });

  it('allows no other change while pseudonymisation is switched on', async () => {
    const entry = await appendAudit(db, 'north', preview('p-target'));
    const where = sql`where id = ${entry.id}::bigint`;
    const valid = auditPseudonym(randomBytes(32), 'p-target');
    const refused = [
      sql`update audit_log set operation = 'count' ${where}`,
      sql`update audit_log set subject = ${valid}, released = '{"count": 1}' ${where}`,
      sql`update audit_log set subject = 'someone else' ${where}`,
      sql`update audit_log set subject = null ${where}`,
      sql`delete from audit_log ${where}`,
    ];
    for (const statement of refused) {
      await expect(withPseudonymising(statement)).rejects.toThrow(APPEND_ONLY);
    }
    // A pseudonym is final: it cannot be swapped for another.
    await withPseudonymising(sql`update audit_log set subject = ${valid} ${where}`);
    const other = auditPseudonym(randomBytes(32), 'p-target');
    await expect(
      withPseudonymising(sql`update audit_log set subject = ${other} ${where}`),
    ).rejects.toThrow(APPEND_ONLY);
  });

  it('switches the exemption off again inside an enclosing transaction', async () => {
    const secret = randomBytes(32);
    await appendAudit(db, 'north', preview('p-enclosed'));
    const late = await appendAudit(db, 'north', preview('p-late'));
    const pseudonym = auditPseudonym(secret, 'p-late');
    await expect(
      db.transaction(async (tx) => {
        await pseudonymiseAuditSubject(tx, 'north', 'p-enclosed', secret);
        await tx.rows(
          sql`update audit_log set subject = ${pseudonym} where id = ${late.id}::bigint`,
        );
      }),
    ).rejects.toThrow(/append-only: UPDATE is not allowed/);
  });

  it('pseudonymises only as the owner, and only with a real secret', async () => {
    await appendAudit(db, 'north', preview('p-request'));
    await expect(
      pseudonymiseAuditSubject(forWorkspace(db, 'north'), 'north', 'p-request', randomBytes(32)),
    ).rejects.toThrow(PERMISSION_DENIED);
    await expect(
      pseudonymiseAuditSubject(db, 'north', 'p-request', Buffer.from('short')),
    ).rejects.toThrow('secret: expected a secret of at least 32 random bytes; got 5');
  });
});
