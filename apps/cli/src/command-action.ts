import type { Command } from 'commander';
import type { PinpointBackend } from './backend/backend';
import { databaseError } from './backend/database-errors';
import { openBackend, usesApi } from './backend/open-backend';
import type { CliEnv } from './env';
import { CliError, formatIssues, type ExitCode } from './exit-code';
import type { CliIo } from './io';
import { createOutput, type Output } from './output/output';
import { resolve } from 'node:path';

/** Options every command understands. */
export interface GlobalOptions {
  api?: string;
  token?: string;
  json?: boolean;
}

/** What the whole run shares: where to write, the environment, and the exit code so far. */
export interface CliRun {
  io: CliIo;
  env: CliEnv;
  exitCode: ExitCode;
}

/** What a command handler gets besides its arguments. */
export interface CommandContext {
  env: CliEnv;
  io: CliIo;
  output: Output;
  globals: GlobalOptions;
  /** The backend the global options choose, opened on first use and closed after the command. */
  backend: () => Promise<PinpointBackend>;
  /** A file argument as a path, relative to the directory the user ran the command in. */
  path: (file: string) => string;
}

/**
 * Wraps a command handler for commander: builds its context, runs it, and turns whatever it
 * throws into a message and an exit code (see `ExitCode`). Handlers stay free of error
 * plumbing and of closing the database.
 */
export function commandAction<Options, Args extends unknown[]>(
  run: CliRun,
  handler: (context: CommandContext, options: Options, ...args: Args) => Promise<void>,
): (...received: unknown[]) => Promise<void> {
  return async (...received) => {
    const command = received.at(-1) as Command;
    const globals = command.optsWithGlobals<GlobalOptions>();
    const output = createOutput(run.io, globals.json === true);
    const state: { opened: Promise<PinpointBackend> | null } = { opened: null };
    const context: CommandContext = {
      env: run.env,
      io: run.io,
      output,
      globals,
      backend: () => (state.opened ??= openBackend(globals, run.env)),
      path: (file) => resolve(run.env.baseDir, file),
    };
    try {
      await handler(context, command.opts() as Options, ...(received.slice(0, -2) as Args));
    } catch (error) {
      const description = usesApi(globals, run.env)
        ? 'the API'
        : (await import('./backend/database-target')).describeDatabase(run.env);
      run.exitCode = report(run, output.json, toCliError(error, description));
    } finally {
      if (state.opened) await (await state.opened.catch(() => null))?.close();
    }
  };
}

function toCliError(error: unknown, description: string): CliError {
  if (error instanceof CliError) return error;
  return (
    databaseError(error, description) ??
    new CliError('internal', error instanceof Error ? error.message : String(error), {
      hint: 'this is a bug in Pinpoint; PINPOINT_DEBUG=1 prints where it happened',
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    })
  );
}

/** Prints an error for people (stderr) or as JSON (`--json`, also stderr); returns its exit code. */
function report(run: CliRun, json: boolean, error: CliError): ExitCode {
  const { issues, hint } = error.details;
  if (json) {
    const body = {
      error: { kind: error.kind, message: error.message, issues: issues ?? [], hint: hint ?? null },
    };
    run.io.err(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    const lines = [`error: ${error.message}`];
    if (issues && issues.length > 0) lines.push(formatIssues(issues));
    if (hint) lines.push(`hint: ${hint}`);
    if (run.env.debug && error.details.stack) lines.push(error.details.stack);
    run.io.err(`${lines.join('\n')}\n`);
  }
  return error.exitCode;
}
