import type { Database } from '@pinpoint/db';
import type { Logger } from 'pino';
import { createLoaders, type Loaders } from './loaders';
import { sqlBackend, type AudienceBackend } from './services/audience-backend';
import { AudienceContexts } from './services/audience-context';

/** What every resolver gets: the caller's workspace, per-request loaders and services. */
export interface ApiContext {
  db: Database;
  workspaceId: string;
  log: Logger;
  /** Catalog and segments per instant, loaded once per request. */
  audience: AudienceContexts;
  /** Batched lookups; one set per request so that nothing is cached across callers. */
  loaders: Loaders;
  /** What answers audience questions in this request: the index when fresh, else SQL. */
  backend: AudienceBackend;
}

/**
 * Builds a request's context; called once per GraphQL request. `backend` is chosen once per
 * request, so that every answer in a response comes from the same source.
 */
export function createContext(
  db: Database,
  workspaceId: string,
  log: Logger,
  backend: AudienceBackend = sqlBackend(db, workspaceId),
): ApiContext {
  const audience = new AudienceContexts(db, workspaceId, new Date());
  return {
    db,
    workspaceId,
    log,
    audience,
    backend,
    loaders: createLoaders(db, workspaceId, audience, backend),
  };
}
