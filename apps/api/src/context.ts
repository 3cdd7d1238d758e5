import type { Database } from '@pinpoint/db';
import type { Logger } from 'pino';
import { createLoaders, type Loaders } from './loaders';
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
}

/** Builds a request's context; called once per GraphQL request. */
export function createContext(db: Database, workspaceId: string, log: Logger): ApiContext {
  const audience = new AudienceContexts(db, workspaceId, new Date());
  return { db, workspaceId, log, audience, loaders: createLoaders(db, workspaceId, audience) };
}
