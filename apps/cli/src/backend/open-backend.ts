import type { CliEnv } from '../env';
import type { PinpointBackend } from './backend';
import { graphqlBackend } from './graphql-backend';
import { graphqlClient, graphqlEndpoint } from './graphql-client';

/** Where the commands get their answers: `--api` (or PINPOINT_API_URL), else a database. */
export interface BackendChoice {
  api?: string | undefined;
  token?: string | undefined;
}

/** Whether the commands talk to an API rather than a database. */
export const usesApi = (choice: BackendChoice, env: CliEnv): boolean =>
  (choice.api ?? env.apiUrl) !== undefined;

/**
 * Opens the backend the options and environment choose. The database side is loaded only
 * when it is used: `--api` and `--help` never pay for PGlite and the drivers.
 */
export async function openBackend(choice: BackendChoice, env: CliEnv): Promise<PinpointBackend> {
  const api = choice.api ?? env.apiUrl;
  if (api) return graphqlBackend(graphqlClient(graphqlEndpoint(api), choice.token ?? env.apiToken));
  const [
    { DEFAULT_WORKSPACE_ID },
    { describeDatabase, openConfiguredDatabase },
    { directBackend },
    { auditSecretFor },
  ] = await Promise.all([
    import('@pinpoint/domain'),
    import('./database-target'),
    import('./direct-backend'),
    import('./audit-secret'),
  ]);
  const db = await openConfiguredDatabase(env, { create: false });
  return directBackend(db, DEFAULT_WORKSPACE_ID, describeDatabase(env), () =>
    auditSecretFor(env, DEFAULT_WORKSPACE_ID),
  );
}
