import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const API_DIR = dirname(require.resolve('@pinpoint/api/package.json'));
const TSX = pathToFileURL(require.resolve('tsx')).href;

/** A Pinpoint API running in a process of its own. */
export interface RunningApi {
  /** Its GraphQL endpoint. */
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real API (`apps/api/src/main.ts`) on a free port over the database `env`
 * points at, and waits until it is ready. The database is expected to be seeded already:
 * the API then leaves it as it is.
 */
export async function startApi(env: Record<string, string>): Promise<RunningApi> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', TSX, join(API_DIR, 'src/main.ts')], {
    cwd: API_DIR,
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: String(port),
      PINPOINT_INDEX: 'off',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const code = await Promise.race([exited, new Promise((r) => setTimeout(r, 200, 'waiting'))]);
    if (code !== 'waiting') throw new Error(`the API exited (${String(code)}): ${stderr}`);
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not get ready: ${stderr}`);
    }
  }
  return {
    url: `${base}/graphql`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
