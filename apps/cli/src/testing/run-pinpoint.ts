import { spawn } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../cli';
import { readEnv } from '../env';

/** What a run of the CLI printed and how it ended. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Parses a run's stdout as the JSON document `--json` promises. */
export const jsonOf = <T = Record<string, unknown>>(result: CliResult): T =>
  JSON.parse(result.stdout) as T;

/**
 * Runs the CLI in this process with exactly `env` as its environment (nothing leaks in from
 * the test run's own), collecting what it prints.
 */
export async function runPinpoint(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  cwd: string = process.cwd(),
  stdin = '',
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io = {
    out: (text: string) => void (stdout += text),
    err: (text: string) => void (stderr += text),
    stdout: new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        stdout += chunk.toString();
        done();
      },
    }),
    stdin: Readable.from([stdin]),
    progressStream: null,
    onInterrupt: () => () => undefined,
  };
  const code = await runCli(args, io, readEnv(env, cwd));
  return { code, stdout, stderr };
}

const BIN = fileURLToPath(new URL('../../bin/pinpoint.js', import.meta.url));

/** Variables of the test run that would point the CLI somewhere else. */
const OWN_SETTINGS = /^(DATABASE_URL|PINPOINT_.*|INIT_CWD|npm_lifecycle_event)$/;

/** Runs the `pinpoint` binary as a real process, as a user's shell would. */
export function spawnPinpoint(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  cwd: string = process.cwd(),
): Promise<CliResult> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !OWN_SETTINGS.test(key)),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...inherited, CI: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
