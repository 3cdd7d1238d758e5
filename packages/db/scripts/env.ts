import { defaultDataDir } from '../src/data-dir';

/** Settings of the db scripts, read from the environment in this one place. */
export const env = {
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.PINPOINT_DATA_DIR || defaultDataDir(),
  seedSize: Number(process.env.PINPOINT_SEED_SIZE ?? 100_000),
  seed: Number(process.env.PINPOINT_SEED ?? 42),
};
