import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../client';

/** A database engine tests run against. */
export interface TestTarget {
  name: 'pglite' | 'postgres';
  /** Opens a fresh, migrated database of its own; `dispose` removes it. */
  open(): Promise<{ db: Database; dispose: () => Promise<void> }>;
}

/**
 * The engines to test against: PGlite always, and the PostgreSQL server at
 * `TEST_DATABASE_URL` when it is set. Each `open` works in a database of its own, created
 * for it and dropped afterwards, so that concurrent test runs never meet.
 */
export function testTargets(): TestTarget[] {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const targets: TestTarget[] = [{ name: 'pglite', open: openPglite }];
  if (serverUrl) targets.push({ name: 'postgres', open: () => openServerDatabase(serverUrl) });
  return targets;
}

async function openPglite() {
  const db = await openDatabase();
  await db.migrate();
  return { db, dispose: () => db.close() };
}

async function openServerDatabase(serverUrl: string) {
  const name = `pinpoint_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), maxConnections: 4 });
  await db.migrate();
  return {
    db,
    dispose: async () => {
      await db.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
