import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { demoCatalog, demoSegments, generatePopulation } from '@pinpoint/population';
import { sql } from 'drizzle-orm';
import { saveCatalog } from './catalog-repository';
import type { Database } from './client';
import { copyProfiles } from './profile-writer';
import { createSegment, getSegments } from './segment-repository';
import { ensureWorkspace } from './workspaces';

/** How to seed the demo workspace. */
export interface SeedOptions {
  workspaceId?: string;
  size: number;
  seed: number;
  /** The instant the synthetic history ends at. */
  asOf: Date;
  onProgress?: (written: number) => void;
}

/** What seeding did. */
export interface SeedOutcome {
  seeded: boolean;
  profiles: number;
}

/**
 * Midnight UTC of the day `now` falls on: where the seeded history ends. A whole day keeps
 * seeds made on the same day identical whatever the hour.
 */
export function startOfUtcDay(now: Date): Date {
  const day = new Date(now);
  day.setUTCHours(0, 0, 0, 0);
  return day;
}

/** Number of profiles in a workspace. */
export async function countProfiles(db: Database, workspaceId: string): Promise<number> {
  const [row] = await db.rows<{ n: number }>(
    sql`select count(*)::int as n from profiles where workspace_id = ${workspaceId}`,
  );
  return row?.n ?? 0;
}

/**
 * Seeds a workspace with the demo catalog, a synthetic population and the demo segments,
 * unless it already has profiles. One transaction: a seed cut off midway leaves nothing
 * behind, and the next start seeds again from scratch.
 */
export async function seedDemo(db: Database, options: SeedOptions): Promise<SeedOutcome> {
  const workspaceId = options.workspaceId ?? DEFAULT_WORKSPACE_ID;
  return db.transaction(async (tx) => {
    await ensureWorkspace(tx, workspaceId, 'Demo workspace');
    const existing = await countProfiles(tx, workspaceId);
    if (existing > 0) return { seeded: false, profiles: existing };
    await saveCatalog(tx, workspaceId, demoCatalog);
    const population = generatePopulation({
      seed: options.seed,
      size: options.size,
      asOf: options.asOf,
    });
    const written = await copyProfiles(tx, workspaceId, population, {
      ...(options.onProgress ? { onBatch: options.onProgress } : {}),
    });
    const stored = await getSegments(
      tx,
      workspaceId,
      demoSegments.map((s) => s.id),
    );
    // Segments are created in order, so one that references an earlier one finds it.
    for (const segment of demoSegments.filter((s) => !stored.has(s.id))) {
      const result = await createSegment(tx, workspaceId, segment, segment.id);
      if (!result.ok)
        throw new Error(
          `demo segment "${segment.name}" is invalid: ${JSON.stringify(result.issues)}`,
        );
    }
    return { seeded: true, profiles: written };
  });
}
