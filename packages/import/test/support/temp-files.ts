import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

/** A folder of its own under the system's temporary folder, removed by `removeTempFiles`. */
export function tempDir(prefix = 'pinpoint-import-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Writes `content` to a new temporary file named `name` and returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** Removes every folder `tempDir` and `tempFile` made in this process (call in `afterAll`). */
export function removeTempFiles(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
