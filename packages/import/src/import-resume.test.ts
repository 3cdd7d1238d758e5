import { ensureServerDatabase, openDatabase, type Database } from '@pinpoint/db';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedMapping, writeGeneratedCsv } from '../test/support/generated-csv';
import { profileCount, workspaceFingerprint } from '../test/support/stored';
import { removeTempFiles, tempDir } from '../test/support/temp-files';
import { importProfiles } from './import-profiles';

const ROWS = 20_000;
const BATCH = 1000;
/** The import is killed once this many records are written (a few batches in). */
const KILL_AFTER = 3 * BATCH;
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const child = fileURLToPath(new URL('../test/support/import-child.ts', import.meta.url));

/** A database the child processes reach by a string: a PGlite folder or a server URL. */
interface KillTarget {
  name: string;
  /** A fresh, empty database; returns how the child reaches it and how to remove it. */
  create(): Promise<{ location: string; dispose: () => Promise<void> }>;
  open(location: string): Promise<Database>;
}

const targets: KillTarget[] = [
  {
    name: 'a PGlite folder',
    create: () => {
      const dir = tempDir();
      const dispose = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
      return Promise.resolve({ location: join(dir, 'pglite'), dispose });
    },
    open: (location) => openDatabase({ dataDir: location }),
  },
];
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  targets.push({
    name: 'PostgreSQL',
    create: async () => {
      const name = `pinpoint_kill_${process.pid}_${randomBytes(4).toString('hex')}`;
      const location = await ensureServerDatabase(serverUrl, name, { fresh: true });
      const dispose = async () => {
        const admin = await openDatabase({ url: serverUrl, maxConnections: 1 });
        await admin.exec(`drop database if exists ${name} with (force)`);
        await admin.close();
      };
      return { location, dispose };
    },
    open: (location) => openDatabase({ url: location, maxConnections: 2 }),
  });
}

/** Runs the import in a child process; with `killAfter`, kills it (SIGKILL) once that many records are written. */
function runChild(
  location: string,
  csv: string,
  mapping: string,
  mode: string,
  killAfter?: number,
) {
  const process_ = spawn(
    process.execPath,
    ['--import', 'tsx', child, location, 'kill', csv, mapping, mode, String(BATCH)],
    { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let written = 0;
  let errors = '';
  process_.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  process_.stdout.on('data', (chunk: Buffer) => {
    for (const match of chunk.toString().matchAll(/written (\d+)/g))
      written = Math.max(written, Number(match[1]));
    if (killAfter !== undefined && written >= killAfter) process_.kill('SIGKILL');
  });
  return new Promise<{
    signal: NodeJS.Signals | null;
    code: number | null;
    written: number;
    errors: string;
  }>((resolve) =>
    process_.on('exit', (code, signal) => resolve({ code, signal, written, errors })),
  );
}

describe.each(targets)('an import killed midway into $name', (target) => {
  let csv = '';
  let mapping = '';
  let clean = '';

  beforeAll(async () => {
    const dir = tempDir();
    csv = join(dir, 'people.csv');
    mapping = join(dir, 'mapping.json');
    await writeGeneratedCsv(csv, ROWS);
    writeFileSync(mapping, JSON.stringify(generatedMapping));
    const { location, dispose } = await target.create();
    const db = await target.open(location);
    await db.migrate();
    await importProfiles(db, 'kill', csv, mapping, { batchSize: BATCH });
    clean = await workspaceFingerprint(db, 'kill');
    await db.close();
    await dispose();
  }, 300_000);
  afterAll(removeTempFiles);

  it.each(['all', 'partial'])(
    're-runs to the same end state as a clean import (%s)',
    async (mode) => {
      const { location, dispose } = await target.create();
      try {
        const killed = await runChild(location, csv, mapping, mode, KILL_AFTER);
        expect(killed.signal, killed.errors).toBe('SIGKILL');
        expect(killed.written).toBeLessThan(ROWS);

        let db = await target.open(location);
        const kept = await profileCount(db, 'kill');
        await db.close();
        if (mode === 'all') expect(kept).toBe(0);
        else expect(kept).toBeGreaterThanOrEqual(2 * BATCH);
        expect(kept).toBeLessThan(ROWS);

        const rerun = await runChild(location, csv, mapping, mode);
        expect(rerun.code, rerun.errors).toBe(0);
        db = await target.open(location);
        expect(await workspaceFingerprint(db, 'kill')).toBe(clean);
        await db.close();
      } finally {
        await dispose();
      }
    },
    300_000,
  );
});
