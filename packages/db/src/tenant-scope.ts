import type { Database } from './client';

/** The role requests run as; row-level security binds it (migration 0004). */
export const TENANT_ROLE = 'pinpoint_app';

/** Workspace ids are plain text keys; anything else is refused before it reaches SQL. */
const WORKSPACE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/**
 * The database as one workspace sees it: every statement runs in a transaction that first
 * switches to the role `pinpoint_app` and sets `pinpoint.workspace_id`, so that row-level
 * security shows and accepts only that workspace's rows, whatever the statement's own
 * filters say. Both settings are local to the transaction: a pooled connection goes back
 * to the pool as it came.
 *
 * Statements outside an explicit `transaction` each get one of their own (a few round trips
 * more on a server, none to speak of on PGlite); a request that runs many statements can
 * group them in `transaction`.
 */
export function forWorkspace(db: Database, workspaceId: string): Database {
  if (!WORKSPACE_ID.test(workspaceId)) {
    throw new Error(
      `"${workspaceId}" is not a workspace id (letters, digits, "_", "." and "-", at most 128)`,
    );
  }
  // The id is checked above, so it can be a literal: one simple-protocol round trip.
  const enter = `set local role ${TENANT_ROLE}; select set_config('pinpoint.workspace_id', '${workspaceId}', true)`;
  // Inside, `tx.transaction` runs its work in the same transaction: the scope holds.
  const inScope = <T>(work: (tx: Database) => Promise<T>): Promise<T> =>
    db.transaction(async (tx) => {
      await tx.exec(enter);
      return work(tx);
    });
  return {
    driver: db.driver,
    rows: <T>(query: Parameters<Database['rows']>[0]) => inScope((tx) => tx.rows<T>(query)),
    exec: (text) => inScope((tx) => tx.exec(text)),
    copyCsv: (table, columns, csv) => inScope((tx) => tx.copyCsv(table, columns, csv)),
    transaction: (work) => inScope(work),
    migrate: () => Promise.reject(new Error('migrations run as the owner, not in a workspace')),
    // The connection belongs to the database this scope was made from.
    close: () => Promise.resolve(),
  };
}
