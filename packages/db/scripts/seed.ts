import { openDatabase } from '../src/client';
import { seedDemo, startOfUtcDay } from '../src/seed';
import { env } from './env';

const db = await openDatabase({ url: env.databaseUrl, dataDir: env.dataDir });
try {
  await db.migrate();
  const started = performance.now();
  const outcome = await seedDemo(db, {
    size: env.seedSize,
    seed: env.seed,
    asOf: startOfUtcDay(new Date()),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    outcome.seeded
      ? `seeded ${outcome.profiles.toLocaleString('en')} profiles in ${seconds} s`
      : `already seeded (${outcome.profiles.toLocaleString('en')} profiles); nothing to do`,
  );
} finally {
  await db.close();
}
