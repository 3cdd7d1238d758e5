import { openDatabase, seedDemo } from '@pinpoint/db';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { TEST_AS_OF, TEST_SEED, TEST_SIZE } from './test-population';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An embedded database folder, migrated and empty. */
    emptyPglite: string;
    /** An embedded database folder with the test population. */
    seededPglite: string;
  }
}

/**
 * Creates the embedded databases tests copy: setting up a PGlite folder takes many seconds,
 * copying one a fraction of that.
 */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'pinpoint-cli-templates-'));
  const empty = join(root, 'empty');
  const seeded = join(root, 'seeded');
  const db = await openDatabase({ dataDir: empty });
  await db.migrate();
  await db.close();
  cpSync(empty, seeded, { recursive: true });
  const filled = await openDatabase({ dataDir: seeded });
  await seedDemo(filled, { size: TEST_SIZE, seed: TEST_SEED, asOf: TEST_AS_OF });
  await filled.close();
  project.provide('emptyPglite', empty);
  project.provide('seededPglite', seeded);
  return () => rmSync(root, { recursive: true, force: true });
}
