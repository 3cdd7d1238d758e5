import { forWorkspace, type Database } from '@pinpoint/db';
import type { Principal } from '@pinpoint/domain';
import type { Logger } from 'pino';
import type { ServerSecrets } from '@pinpoint/db';
import { createLoaders, type Loaders } from './loaders';
import { sqlBackend, type AudienceBackend } from './services/audience-backend';
import { AudienceContexts } from './services/audience-context';
import { profileErasureService, type ProfileErasureService } from './services/profile-erasure';

/** What every resolver gets: the caller, their workspace, per-request loaders and services. */
export interface ApiContext {
  /** The database as the caller's workspace sees it (row-level security per workspace). */
  db: Database;
  workspaceId: string;
  principal: Principal;
  log: Logger;
  /** Catalog and segments per instant, loaded once per request. */
  audience: AudienceContexts;
  /** Batched lookups; one set per request so that nothing is cached across callers. */
  loaders: Loaders;
  /** What answers audience questions in this request: the index when fresh, else SQL. */
  backend: AudienceBackend;
  /** Keys derived from the server secret (partner noise, audit pseudonyms). */
  secrets: ServerSecrets;
  /** Erasure of people; works as the owner, see `profileErasureService` for why. */
  erasure: ProfileErasureService;
}

/** The services a request's context is built with. */
export interface ContextServices {
  secrets: ServerSecrets;
  /** The index when fresh, else SQL (the default). */
  backend?: AudienceBackend | undefined;
}

/**
 * Builds a request's context; called once per GraphQL request. `backend` is chosen once per
 * request, so that every answer in a response comes from the same source. Resolvers read and
 * write through the workspace's scope; the audience backend (index, or SQL with its own
 * workspace filters) reads as the owner, because row-level security's per-row checks would
 * slow the large scans of the SQL path.
 */
export function createContext(
  owner: Database,
  principal: Principal,
  log: Logger,
  services: ContextServices,
): ApiContext {
  const { workspaceId } = principal;
  const backend = services.backend ?? sqlBackend(owner, workspaceId);
  const db = forWorkspace(owner, workspaceId);
  const audience = new AudienceContexts(db, workspaceId, new Date());
  return {
    db,
    workspaceId,
    principal,
    log,
    audience,
    backend,
    secrets: services.secrets,
    erasure: profileErasureService(owner, principal, services.secrets),
    loaders: createLoaders(db, workspaceId, audience, backend),
  };
}
