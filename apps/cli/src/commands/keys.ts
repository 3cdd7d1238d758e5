import { PARTNER_SCOPES, SCOPES } from '@pinpoint/domain';
import type { Command } from 'commander';
import { commandAction, type CliRun, type CommandContext } from '../command-action';
import { CliError } from '../exit-code';
import { parseNameList, parsePositiveInteger } from '../input/option-values';
import { formatFields, formatTable } from '../output/table';
import { requireDatabase } from './database-only';
import { examples } from './help-texts';

/** The key functions, loaded on use: the drivers are heavy, and `--help` needs none. */
async function keyStore(context: CommandContext) {
  requireDatabase(context, 'keys');
  const [{ withMigratedDatabase }, db, domain] = await Promise.all([
    import('../backend/database-setup'),
    import('@pinpoint/db'),
    import('@pinpoint/domain'),
  ]);
  return { withMigratedDatabase, db, workspaceId: domain.DEFAULT_WORKSPACE_ID };
}

const when = (date: Date | null) => (date ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : '–');

/** `pinpoint keys create|list|revoke`: API keys for partner tools and scripts. */
export function registerKeys(program: Command, run: CliRun): void {
  const keys = program
    .command('keys')
    .description('make, list and revoke API keys (on the database: an operator task)')
    .addHelpText(
      'after',
      examples(
        'pinpoint keys create --name "Agency dashboard" --tier partner --scopes counts:read,segments:read',
        'pinpoint keys list',
        'pinpoint keys revoke 3f2a9c0d1e4b5a6f',
      ),
    );

  keys
    .command('create')
    .description('make a key; its token is printed once and cannot be shown again')
    .requiredOption('--name <name>', 'what the key is for, shown in lists and audit logs')
    .option('--tier <tier>', 'member (exact numbers) or partner (aggregates made safe)', 'member')
    .requiredOption(
      '--scopes <scopes>',
      `comma-separated: ${SCOPES.join(', ')} (partners: ${PARTNER_SCOPES.join(', ')})`,
      parseNameList,
    )
    .option('--rate-limit <per-minute>', 'requests a minute', parsePositiveInteger, 600)
    .action(
      commandAction(
        run,
        async (
          context,
          options: { name: string; tier: string; scopes: string[]; rateLimit: number },
        ) => {
          const { withMigratedDatabase, db, workspaceId } = await keyStore(context);
          const created = await withMigratedDatabase(context.env, async (database) => {
            // A fresh database has no workspace yet; the key's is the default one.
            await db.ensureWorkspace(database, workspaceId);
            return db
              .createApiKey(database, workspaceId, {
                name: options.name,
                tier: options.tier,
                scopes: options.scopes,
                rateLimitPerMinute: options.rateLimit,
              })
              .catch((error: unknown) => {
                if (error instanceof db.ApiKeyRequestError)
                  throw new CliError('invalid', `the key is not valid: ${error.message}`);
                throw error;
              });
          });
          context.output.result(
            created,
            ({ key, token }) =>
              `${formatFields([
                ['id', key.id],
                ['name', key.name],
                ['tier', key.tier],
                ['scopes', key.scopes.join(', ')],
                ['rate limit', `${key.rateLimitPerMinute} a minute`],
              ])}\ntoken: ${token}\n\nStore the token now: only its hash is kept, it cannot be shown again.\nSend it as "Authorization: Bearer <token>".\n`,
          );
        },
      ),
    );

  keys
    .command('list')
    .description('list the keys, newest first, with when each was last used or revoked')
    .action(
      commandAction(run, async (context) => {
        const { withMigratedDatabase, db, workspaceId } = await keyStore(context);
        const all = await withMigratedDatabase(context.env, (database) =>
          db.listApiKeys(database, workspaceId),
        );
        context.output.result(all, (rows) =>
          formatTable(
            [
              { header: 'ID', cell: (k) => k.id },
              { header: 'NAME', cell: (k) => k.name },
              { header: 'TIER', cell: (k) => k.tier },
              { header: 'SCOPES', cell: (k) => k.scopes.join(',') },
              { header: 'LAST USED', cell: (k) => when(k.lastUsedAt) },
              { header: 'REVOKED', cell: (k) => when(k.revokedAt) },
            ],
            rows,
          ),
        );
      }),
    );

  keys
    .command('revoke')
    .description('revoke a key at once; requests with it are refused from now on')
    .argument('<id>', 'the key id (from `pinpoint keys list`), not its token')
    .action(
      commandAction(run, async (context, _options: object, id: string) => {
        const { withMigratedDatabase, db, workspaceId } = await keyStore(context);
        const revoked = await withMigratedDatabase(context.env, (database) =>
          db.revokeApiKey(database, workspaceId, id),
        );
        if (!revoked) {
          throw new CliError('notFound', `no API key with id "${id}"`, {
            hint: 'see `pinpoint keys list` for the ids',
          });
        }
        context.output.result(
          revoked,
          (key) => `revoked ${key.id} (${key.name}) at ${when(key.revokedAt)}\n`,
        );
      }),
    );
}
