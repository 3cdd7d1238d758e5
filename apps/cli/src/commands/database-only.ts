import { usesApi } from '../backend/open-backend';
import type { CommandContext } from '../command-action';
import { CliError } from '../exit-code';

/**
 * Refuses `--api` for commands that work on the database itself (`db`, `import`, `export`):
 * the API has no bulk paths, and a partner tool would not get them either.
 */
export function requireDatabase(context: CommandContext, command: string): void {
  if (usesApi(context.globals, context.env))
    throw new CliError('usage', `\`pinpoint ${command}\` works on a database, not through --api`, {
      hint: 'drop --api (and PINPOINT_API_URL); set DATABASE_URL for a server, or use the embedded database',
    });
}
