import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { AuditInputError } from './audit-entry';
import { PSEUDONYM_PREFIX } from './audit-vocabulary';
import type { Database } from './client';

/** Shorter keys would make pseudonyms guessable by trying every profile id. */
const MIN_SECRET_BYTES = 32;

/**
 * The pseudonym that replaces a profile reference in the audit log once the profile is
 * erased: `hmac-sha256:` and the hex HMAC-SHA256 of the reference under the workspace's
 * secret. The same profile always gets the same pseudonym, so the entries about one erased
 * person still read as one person's; without the secret, no one can tell whose.
 */
export function auditPseudonym(secret: Uint8Array, profileId: string): string {
  checkInputs(secret, profileId);
  return PSEUDONYM_PREFIX + createHmac('sha256', secret).update(profileId, 'utf8').digest('hex');
}

/**
 * Erasure's part in the audit log (GDPR Art. 17): replaces every `subject` of the workspace
 * equal to `profileId` with its pseudonym, and returns how many entries changed. This is the
 * only change the log accepts (migration 0005), and only as the owner: requests may not
 * update the log at all. The hash is computed here, so the secret never reaches the database.
 * Only `subject` is rewritten: operations must name the people they touch there, never in
 * `query` or `released`.
 */
export async function pseudonymiseAuditSubject(
  db: Database,
  workspaceId: string,
  profileId: string,
  secret: Uint8Array,
): Promise<number> {
  const pseudonym = auditPseudonym(secret, profileId);
  return db.transaction(async (tx) => {
    // `set local`, not set_config: Citus passes SET LOCAL on to the shards that run the trigger.
    await tx.exec('set local pinpoint.audit_pseudonymise = on');
    const [row] = await tx.rows<{ changed: number }>(sql`
      with changed as (
        update audit_log set subject = ${pseudonym}
        where workspace_id = ${workspaceId} and subject = ${profileId}
        returning 1
      )
      select count(*)::int as changed from changed`);
    // Off again at once: the rest of an enclosing transaction gets no exemption.
    await tx.exec('set local pinpoint.audit_pseudonymise = off');
    return row?.changed ?? 0;
  });
}

function checkInputs(secret: Uint8Array, profileId: string): void {
  const issues = [];
  if (secret.byteLength < MIN_SECRET_BYTES) {
    issues.push({
      path: 'secret',
      code: 'invalid_shape' as const,
      message: `expected a secret of at least ${MIN_SECRET_BYTES} random bytes; got ${secret.byteLength}`,
    });
  }
  if (profileId.trim() === '') {
    issues.push({
      path: 'profileId',
      code: 'invalid_shape' as const,
      message: 'expected the id of the erased profile',
    });
  }
  if (issues.length > 0) throw new AuditInputError(issues);
}
