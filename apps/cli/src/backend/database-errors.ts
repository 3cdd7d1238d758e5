import { DataDirInUseError } from '@pinpoint/db';
import { CliError } from '../exit-code';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CONNECT_TIMEOUT',
]);

/**
 * The CLI error for a database failure a user can act on (unreachable server, wrong
 * credentials, missing database or tables), or null for anything else (a bug).
 */
export function databaseError(error: unknown, description: string): CliError | null {
  if (error instanceof DataDirInUseError)
    return new CliError('unavailable', error.message, {
      hint: 'while `pnpm start` serves it, add --api http://127.0.0.1:4000',
    });
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const message = error instanceof Error ? error.message : String(error);
  if (NETWORK_CODES.has(code))
    return new CliError('unavailable', `cannot reach ${description} (${code})`, {
      hint: 'is the server running? Check DATABASE_URL',
    });
  switch (code) {
    case '28P01':
    case '28000':
      return new CliError('unavailable', `${description} refused the login: ${message}`, {
        hint: 'check the user and password in DATABASE_URL',
      });
    case '3D000':
      return new CliError('unavailable', `${description}: ${message}`, {
        hint: 'create the database (createdb), then run `pinpoint db migrate`',
      });
    case '42P01':
      return new CliError('unavailable', `${description} has no Pinpoint tables yet`, {
        hint: 'run `pinpoint db migrate`, and `pinpoint db seed` for a demo population',
      });
    case '57014':
      return new CliError('unavailable', `${description} cancelled the query: ${message}`);
    default:
      return null;
  }
}
