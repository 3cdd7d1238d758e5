import type { Command } from 'commander';
import { commandAction, type CliRun, type CommandContext } from '../command-action';
import { parseAsOf, parseInteger, parsePositiveInteger } from '../input/option-values';
import { formatCount } from '../output/numbers';
import { progressLine } from '../output/progress';
import { requireDatabase } from './database-only';
import { examples } from './help-texts';

/** The set-up functions, loaded on use: the drivers are heavy, and `--help` needs none. */
function databaseSetup(context: CommandContext) {
  requireDatabase(context, 'db');
  return import('../backend/database-setup');
}

/** `pinpoint db migrate|seed`. */
export function registerDb(program: Command, run: CliRun): void {
  const db = program
    .command('db')
    .description('set up the database: apply migrations, seed the demo population')
    .addHelpText(
      'after',
      examples(
        'pinpoint db migrate',
        'pinpoint db seed --size 20000',
        'DATABASE_URL=postgres://localhost/pinpoint pinpoint db seed',
      ),
    );

  db.command('migrate')
    .description('apply the migrations not applied yet (embedded database, or DATABASE_URL)')
    .addHelpText(
      'after',
      examples(
        'pinpoint db migrate',
        'DATABASE_URL=postgres://localhost/pinpoint pinpoint db migrate',
      ),
    )
    .action(
      commandAction(run, async (context) => {
        const { migrateDatabase } = await databaseSetup(context);
        const database = await migrateDatabase(context.env);
        context.output.result({ migrated: true, database }, () => `migrated ${database}\n`);
      }),
    );

  db.command('seed')
    .description(
      'fill an empty workspace with the synthetic demo population and segments (same seed, same people)',
    )
    .option('--size <profiles>', 'number of profiles', parsePositiveInteger, 100_000)
    .option('--seed <number>', 'seed of the synthetic population', parseInteger, 42)
    .option('--as-of <date>', 'the day the synthetic history ends at (default: today)', parseAsOf)
    .addHelpText(
      'after',
      examples(
        'pinpoint db seed',
        'pinpoint db seed --size 5000 --seed 7 --as-of 2026-06-01 --json',
      ),
    )
    .action(
      commandAction(run, async (context, options: { size: number; seed: number; asOf?: Date }) => {
        const { seedDatabase } = await databaseSetup(context);
        const started = performance.now();
        const progress = progressLine(context.io, 'profiles', (written: number) => ({
          done: written,
          total: options.size,
          items: written,
        }));
        const outcome = await seedDatabase(context.env, {
          ...options,
          onProgress: (written) => progress.update(written),
        }).finally(() => progress.stop());
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        context.output.result(outcome, ({ seeded, profiles }) =>
          seeded
            ? `seeded ${formatCount(profiles)} profiles in ${seconds} s\n`
            : `already seeded (${formatCount(profiles)} profiles); nothing to do\n`,
        );
      }),
    );
}
