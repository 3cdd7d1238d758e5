import {
  countProfiles,
  countSegment,
  ensureServerDatabase,
  estimateReach,
  loadAudienceContext,
  openDatabase,
  seedDemo,
  segmentComposition,
  segmentOverlap,
  type Database,
} from '@pinpoint/db';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BENCH_AS_OF,
  BENCH_SEED,
  campaign,
  compositionKey,
  compositionSegment,
  eventWindow,
  fiveConditions,
  tenRules,
  type AnswerOf,
} from './questions';

/** A database the SQL path is timed on, seeded with the same population as the index. */
export interface SqlPath {
  name: string;
  db: Database;
  /** How long seeding took, or null when an earlier run's population was reused. */
  seedSeconds: number | null;
}

/**
 * Opens (and on first use seeds) the databases to compare with: PostgreSQL when a server URL
 * is given, in database `pinpoint_bench_<size>`; PGlite in `.data/bench-pglite-<size>`. Both
 * are kept for the next run, since seeding 1M profiles takes minutes.
 */
export async function openSqlPaths(
  size: number,
  targets: { serverUrl?: string | undefined; pglite: boolean },
  log: (line: string) => void,
): Promise<SqlPath[]> {
  const paths: SqlPath[] = [];
  if (targets.serverUrl) {
    const url = await ensureServerDatabase(targets.serverUrl, `pinpoint_bench_${size}`);
    paths.push(await seeded('postgres', await openDatabase({ url }), size, log));
  }
  if (targets.pglite) {
    const dataDir = fileURLToPath(new URL(`../../../.data/bench-pglite-${size}`, import.meta.url));
    mkdirSync(dataDir, { recursive: true });
    paths.push(await seeded('pglite', await openDatabase({ dataDir }), size, log));
  }
  return paths;
}

async function seeded(name: string, db: Database, size: number, log: (line: string) => void) {
  await db.migrate();
  const existing = await countProfiles(db, DEFAULT_WORKSPACE_ID);
  if (existing === size) return { name, db, seedSeconds: null };
  if (existing > 0)
    throw new Error(
      `${name} bench database holds ${existing} profiles, not ${size}: delete it to reseed`,
    );
  log(`seeding ${name} with ${size.toLocaleString('en')} profiles (kept for later runs) …`);
  const started = performance.now();
  await seedDemo(db, { size, seed: BENCH_SEED, asOf: BENCH_AS_OF });
  if (db.driver === 'postgres') await db.exec('analyze');
  return { name, db, seedSeconds: (performance.now() - started) / 1000 };
}

/** The five questions asked through the SQL path of `db`. */
export async function sqlAnswers(db: Database): Promise<AnswerOf> {
  const context = await loadAudienceContext(db, DEFAULT_WORKSPACE_ID, BENCH_AS_OF);
  return (question) => {
    switch (question) {
      case '5-condition count':
        return countSegment(db, fiveConditions, context);
      case 'event-window count':
        return countSegment(db, eventWindow, context);
      case '10×10 overlap':
        return segmentOverlap(db, tenRules, context);
      case 'composition by region':
        return segmentComposition(db, compositionSegment, compositionKey, context);
      case 'reach (3 in, 1 out, 3 ch)':
        return estimateReach(db, campaign, context);
    }
  };
}
