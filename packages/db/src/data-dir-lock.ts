import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Raised when another live process holds the embedded database's folder. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by process ${pid} (a running Pinpoint API ` +
        'or CLI); stop that process first, or send your commands to the running API (the CLI ' +
        'takes --api URL)',
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * Takes the embedded database's folder for this process: PGlite has no lock of its own, and two
 * processes writing one folder corrupt it. The lock is a file beside the folder holding the
 * owner's pid, created exclusively. A lock whose process is gone (killed mid-import, say) is
 * taken over at once: the owner being alive is checked, not the file's age, so a re-run after a
 * crash never waits. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = `${dataDir}.lock`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const owner = Number(readFileSync(file, 'utf8'));
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner))
      throw new DataDirInUseError(dataDir, owner);
    // The owner is gone: remove its lock and try once more (a racing process may win; then we throw).
    rmSync(file, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
