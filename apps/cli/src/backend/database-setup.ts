import { countProfiles, seedDemo, startOfUtcDay, type Database } from '@pinpoint/db';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import type { CliEnv } from '../env';
import { describeDatabase, openConfiguredDatabase } from './database-target';

/**
 * Opens the configured database (creating an embedded one), migrates it, runs `work`, closes
 * it. For commands that write: a fresh clone can import or seed with one command.
 */
export async function withMigratedDatabase<T>(
  env: CliEnv,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const db = await openConfiguredDatabase(env, { create: true });
  try {
    await db.migrate();
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Applies pending migrations; returns what was migrated, for people. */
export async function migrateDatabase(env: CliEnv): Promise<string> {
  await withMigratedDatabase(env, () => Promise.resolve());
  return describeDatabase(env);
}

/** How `db seed` seeds. */
export interface SeedRequest {
  size: number;
  seed: number;
  /** Where the synthetic history ends; today (midnight UTC) when absent. */
  asOf?: Date | undefined;
  onProgress: (written: number) => void;
}

/**
 * Seeds the demo workspace, as `pnpm start` does on first start, unless it has profiles.
 * Returns whether it seeded and how many profiles the workspace has.
 */
export function seedDatabase(
  env: CliEnv,
  request: SeedRequest,
): Promise<{ seeded: boolean; profiles: number }> {
  return withMigratedDatabase(env, async (db) => {
    const outcome = await seedDemo(db, {
      size: request.size,
      seed: request.seed,
      asOf: request.asOf ?? startOfUtcDay(new Date()),
      onProgress: request.onProgress,
    });
    return outcome.seeded
      ? outcome
      : { seeded: false, profiles: await countProfiles(db, DEFAULT_WORKSPACE_ID) };
  });
}
