import { formatIssue, type Issue } from '@pinpoint/domain';

/** The CLI's exit codes; scripts branch on them, so they never change meaning. */
export const ExitCode = {
  ok: 0,
  /** The command line itself is wrong: unknown command or option, missing argument. */
  usage: 1,
  /** The input was read but is not valid: a rule, a campaign, a template. */
  invalid: 2,
  /** A segment, campaign, variant or profile named on the command line does not exist. */
  notFound: 3,
  /** The database or API cannot be reached, refused the request, or is not set up. */
  unavailable: 4,
  /** Anything else: a bug, reported with its message. */
  internal: 5,
  /** Stopped with Ctrl-C (128 + SIGINT, as shells report it). */
  interrupted: 130,
} as const;
/** One of the CLI's exit codes. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Stable names of the exit codes, used in `--json` error output. */
export type ErrorKind = Exclude<keyof typeof ExitCode, 'ok'>;

/**
 * An expected failure with what the user can do about it. `issues` are the path-named
 * problems of an invalid input; `hint` says how to fix or where to look.
 */
export class CliError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly details: { issues?: readonly Issue[]; hint?: string; stack?: string } = {},
  ) {
    super(message);
    this.name = 'CliError';
  }

  get exitCode(): ExitCode {
    return ExitCode[this.kind];
  }
}

const TOP_LEVEL_REFERENCE = /^segments?(\[\d+\])?\.segment\.id$/;

/**
 * The error for issues a backend answered with: "not found" when what the user named on the
 * command line does not exist (a segment, campaign, variant or profile), else invalid input.
 * A rule that mentions an unknown segment deeper inside is invalid, not "not found".
 */
export function issuesError(
  what: string,
  issues: readonly Issue[],
  notFoundHint = 'list the saved segments with `pinpoint segments list`',
): CliError {
  const missing = issues.every(
    (i) =>
      i.code === 'not_found' || (i.code === 'unknown_segment' && TOP_LEVEL_REFERENCE.test(i.path)),
  );
  if (missing && issues.length > 0)
    return new CliError('notFound', issues.map((i) => i.message).join('; '), {
      hint: notFoundHint,
    });
  return new CliError('invalid', `${what} is not valid:`, { issues });
}

/** Issues as the CLI prints them, one per line. */
export const formatIssues = (issues: readonly Issue[]): string =>
  issues.map((issue) => `  ${formatIssue(issue)}`).join('\n');
