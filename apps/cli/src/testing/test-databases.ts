import { openDatabase, seedDemo, type Database } from '@pinpoint/db';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { TEST_AS_OF, TEST_SEED, TEST_SIZE } from './test-population';

/** A database of a test's own, and the environment that points the CLI at it. */
export interface TestDatabase {
  /** `PINPOINT_DATA_DIR` or `DATABASE_URL`. */
  env: Record<string, string>;
  /** A directory of the test's own for the files it writes; removed with the database. */
  dir: string;
  /** Opens it from the test, e.g. to check what a command wrote. Close it before the next command on PGlite. */
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

/** An engine the CLI is tested on; `create` gives a fresh database, seeded or empty. */
export interface TestTarget {
  name: 'pglite' | 'postgres';
  create(options?: { seeded?: boolean }): Promise<TestDatabase>;
}

/**
 * The embedded database always, and PostgreSQL when TEST_DATABASE_URL is set; every database
 * is a test's own (a copied PGlite folder, a server database created and dropped), so test
 * files never meet.
 */
export function testTargets(): TestTarget[] {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const targets: TestTarget[] = [{ name: 'pglite', create: copyPglite }];
  if (serverUrl) targets.push({ name: 'postgres', create: (o) => serverDatabase(serverUrl, o) });
  return targets;
}

function copyPglite({ seeded = true } = {}): Promise<TestDatabase> {
  const root = mkdtempSync(join(tmpdir(), 'pinpoint-cli-test-'));
  const dataDir = join(root, 'pglite');
  cpSync(inject(seeded ? 'seededPglite' : 'emptyPglite'), dataDir, { recursive: true });
  const dir = join(root, 'files');
  mkdirSync(dir);
  return Promise.resolve({
    env: { PINPOINT_DATA_DIR: dataDir },
    dir,
    open: () => openDatabase({ dataDir }),
    dispose: () => Promise.resolve(rmSync(root, { recursive: true, force: true })),
  });
}

async function serverDatabase(serverUrl: string, { seeded = true } = {}): Promise<TestDatabase> {
  const name = `pinpoint_cli_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const open = () => openDatabase({ url: url.toString(), maxConnections: 2 });
  const db = await open();
  await db.migrate();
  if (seeded) await seedDemo(db, { size: TEST_SIZE, seed: TEST_SEED, asOf: TEST_AS_OF });
  await db.close();
  const dir = mkdtempSync(join(tmpdir(), 'pinpoint-cli-test-'));
  return {
    env: { DATABASE_URL: url.toString() },
    dir,
    open,
    dispose: async () => {
      rmSync(dir, { recursive: true, force: true });
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
