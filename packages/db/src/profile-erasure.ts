import { sql } from 'drizzle-orm';
import type { AuditEntryInput } from './audit-entry';
import { appendAudit } from './audit-log';
import { auditPseudonym, pseudonymiseAuditSubject } from './audit-pseudonym';
import type { Database } from './client';
import { deleteProfiles } from './profile-writer';

/** The person to erase: a profile by Pinpoint id, or by the id it has in its source system. */
export type ErasureTarget = { id: string } | { externalId: string };

/** Who asked for the erasure, as the audit log records it (see `AuditEntryInput`). */
export type ErasureActor = Pick<AuditEntryInput, 'actorKind'> &
  Partial<Pick<AuditEntryInput, 'actorId' | 'tier'>>;

/** What an erasure did. */
export interface ErasureResult {
  /** Whether a profile was found and erased; false when there was none (erased before, say). */
  erased: boolean;
  /** The pseudonym the audit log keeps the erased profile under; null when none was erased. */
  pseudonym: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Erases a person on request (GDPR Art. 17), in one transaction: deletes the profile and all
 * its facts (through the change log, so that audience indexes drop it), replaces every audit
 * subject naming it with its pseudonym (`pseudonymiseAuditSubject`, keyed with `auditSecret`),
 * and appends an `erasure` entry whose subject is that pseudonym, never the id or external id.
 * When nothing matches, nothing changes and `erased` is false, so a repeated request is
 * harmless. Must run as the owner: requests (`forWorkspace`) may not update the audit log, and
 * the whole erasure would roll back.
 *
 * By external id, every stored profile of the workspace carrying it is erased (ids derived in
 * another workspace, as seeded demo data has, are found too), each with an erasure entry; the
 * result names the first one's pseudonym. That lookup reads the workspace's profiles, as
 * external ids have no index of their own: erasure is rare, completeness matters more.
 */
export async function eraseProfile(
  db: Database,
  workspaceId: string,
  target: ErasureTarget,
  options: { auditSecret: Uint8Array; actor: ErasureActor },
): Promise<ErasureResult> {
  return db.transaction(async (tx) => {
    const ids = await lockProfiles(tx, workspaceId, target);
    if (ids.length === 0) return { erased: false, pseudonym: null };
    // Computed first: a secret too short (an `AuditInputError`) stops it before any change.
    const pseudonyms = ids.map((id) => auditPseudonym(options.auditSecret, id));
    await deleteProfiles(tx, workspaceId, ids);
    for (const [i, id] of ids.entries()) {
      await pseudonymiseAuditSubject(tx, workspaceId, id, options.auditSecret);
      await appendAudit(tx, workspaceId, {
        ...options.actor,
        operation: 'erasure',
        // How the person was named, never the name itself.
        query: { by: 'id' in target ? 'id' : 'externalId' },
        subject: pseudonyms[i],
      });
    }
    return { erased: true, pseudonym: pseudonyms[0] ?? null };
  });
}

/**
 * The ids of the profiles `target` names, locked until the transaction ends: a concurrent
 * erasure of the same person waits, then finds nothing and reports "not found".
 */
async function lockProfiles(
  db: Database,
  workspaceId: string,
  target: ErasureTarget,
): Promise<string[]> {
  let match;
  if ('id' in target) {
    // Anything but a UUID names no profile; it must not reach the `uuid` column as an error.
    if (!UUID.test(target.id)) return [];
    match = sql`id = ${target.id.toLowerCase()}::uuid`;
  } else {
    match = sql`external_id = ${target.externalId}`;
  }
  const rows = await db.rows<{ id: string }>(
    sql`select id from profiles where workspace_id = ${workspaceId} and ${match} order by id for update`,
  );
  return rows.map((row) => row.id);
}
