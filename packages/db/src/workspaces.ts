import { sql } from 'drizzle-orm';
import type { Database } from './client';

/** Creates a workspace if it does not exist yet. */
export async function ensureWorkspace(db: Database, id: string, name = id): Promise<void> {
  await db.rows(
    sql`insert into workspaces (id, name) values (${id}, ${name}) on conflict (id) do nothing`,
  );
}
