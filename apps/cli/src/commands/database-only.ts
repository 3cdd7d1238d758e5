import { usesApi } from '../backend/open-backend';
import type { CommandContext } from '../command-action';
import { CliError } from '../exit-code';

/**
 * Refuses `--api` for commands that work on the database itself (`db`, `import`, `keys`):
 * bulk writes and key management are an operator's work on the database, not a caller's.
 */
export function requireDatabase(context: CommandContext, command: string): void {
  if (usesApi(context.globals, context.env))
    throw new CliError('usage', `\`pinpoint ${command}\` works on a database, not through --api`, {
      hint: 'drop --api (and PINPOINT_API_URL); set DATABASE_URL for a server, or use the embedded database',
    });
}
