import { eraseProfile, type Database, type ErasureResult, type ErasureTarget } from '@pinpoint/db';
import type { Issue, Principal } from '@pinpoint/domain';
import type { ServerSecrets } from '@pinpoint/db';
import type { Result } from './result';

/** Erasure of people (GDPR Art. 17) in the caller's workspace, recorded as the caller's. */
export interface ProfileErasureService {
  erase(target: ErasureTarget): Promise<ErasureResult>;
}

/**
 * The erasure service of one request. It holds the owner connection, not the workspace's
 * scope: erasure pseudonymises the audit log, the one change the log accepts and only from
 * its owner (requests run as `pinpoint_app`, which may not update it). Handing resolvers this
 * one operation rather than the owner database keeps everything else behind row-level
 * security; `eraseProfile` names the workspace in every statement itself.
 */
export function profileErasureService(
  owner: Database,
  principal: Principal,
  secrets: ServerSecrets,
): ProfileErasureService {
  const { workspaceId } = principal;
  return {
    erase: (target) =>
      eraseProfile(owner, workspaceId, target, {
        auditSecret: secrets.derive('audit-pseudonym', workspaceId),
        actor: { actorKind: principal.kind, actorId: principal.id, tier: principal.tier },
      }),
  };
}

/** The person the arguments name: exactly one of an id and a non-blank external id. */
export function erasureTarget(
  id: string | null | undefined,
  externalId: string | null | undefined,
): Result<ErasureTarget> {
  const issue = (path: string, message: string): Result<ErasureTarget> => ({
    ok: false,
    issues: [{ path, code: 'invalid_shape', message } satisfies Issue],
  });
  const hasId = id !== null && id !== undefined;
  const hasExternalId = externalId !== null && externalId !== undefined;
  if (hasId && hasExternalId)
    return issue('externalId', 'expected the id or the external id of the profile, not both');
  if (hasId) return { ok: true, value: { id } };
  if (!hasExternalId)
    return issue('id', 'expected the id or the external id of the profile to erase');
  if (externalId.trim() === '') return issue('externalId', 'expected a non-empty external id');
  return { ok: true, value: { externalId } };
}
