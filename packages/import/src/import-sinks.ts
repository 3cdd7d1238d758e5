import { bumpDataVersion, saveCatalog, type Database } from '@pinpoint/db';
import type { Catalog } from '@pinpoint/domain';
import { plannedCatalog, type AttributePlan } from './attribute-plan';
import { asDatabaseError } from './import-error';
import type { BatchSink } from './import-run';
import { ProfileUpsert, type ImportScope } from './profile-upsert';

/** Where an import writes: the catalog first, then batches, then the announcement to readers. */
export interface ImportSink extends BatchSink {
  /** Saves the catalog with the attributes the import creates. */
  begin(catalog: Catalog, plans: readonly AttributePlan[]): Promise<void>;
  /** Ends a successful import. */
  end(): Promise<void>;
}

/** Everything in the caller's transaction: all or nothing. */
export function oneTransaction(tx: Database, workspaceId: string, scope: ImportScope): ImportSink {
  const upsert = new ProfileUpsert(tx, workspaceId, scope);
  return {
    begin: (catalog, plans) => guarded(saveStartCatalog(tx, workspaceId, catalog, plans)),
    write: (rows, catalog) =>
      guarded(
        (async () => {
          if (catalog) await saveCatalog(tx, workspaceId, catalog);
          return upsert.write(rows);
        })(),
      ),
    // Bulk writes are not logged profile by profile: readers holding copies reload.
    end: () => guarded(bumpDataVersion(tx, workspaceId)),
  };
}

/**
 * Each batch in a transaction of its own (with the catalog values it uses and the
 * announcement to readers), so that a stopped import keeps the batches written before.
 */
export function batchPerTransaction(
  db: Database,
  workspaceId: string,
  scope: ImportScope,
): ImportSink {
  return {
    begin: (catalog, plans) =>
      guarded(db.transaction((tx) => saveStartCatalog(tx, workspaceId, catalog, plans))),
    write: (rows, catalog) =>
      guarded(
        db.transaction(async (tx) => {
          if (catalog) await saveCatalog(tx, workspaceId, catalog);
          const created = await new ProfileUpsert(tx, workspaceId, scope).write(rows);
          await bumpDataVersion(tx, workspaceId);
          return created;
        }),
      ),
    end: () => Promise.resolve(),
  };
}

async function saveStartCatalog(
  db: Database,
  workspaceId: string,
  catalog: Catalog,
  plans: readonly AttributePlan[],
): Promise<void> {
  await saveCatalog(db, workspaceId, plannedCatalog(catalog, plans));
  // Saved just now: only values learned from here on need another save.
  for (const plan of plans) plan.domain?.takeChanged();
}

/** Reports a database failure as a fatal import error that says so. */
async function guarded<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw asDatabaseError(error);
  }
}
