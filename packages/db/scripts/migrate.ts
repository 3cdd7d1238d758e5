import { openDatabase } from '../src/client';
import { env } from './env';

const db = await openDatabase({ url: env.databaseUrl, dataDir: env.dataDir });
try {
  await db.migrate();
  console.log(
    `migrated ${db.driver === 'pglite' ? `PGlite at ${env.dataDir}` : 'the PostgreSQL server at DATABASE_URL'}`,
  );
} finally {
  await db.close();
}
