import { ApolloServer } from '@apollo/server';
import { openDatabase, seedDemo, startOfUtcDay } from '@pinpoint/db';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { pino } from 'pino';
import { env } from './env';
import { createHttpServer } from './http-server';
import { resolvers, typeDefs, type ApiContext } from './schema';

const log = pino({ level: env.logLevel });
let ready = false;

const db = await openDatabase({ url: env.databaseUrl, dataDir: env.dataDir });
await db.migrate();
log.info(
  { driver: db.driver, dataDir: db.driver === 'pglite' ? env.dataDir : undefined },
  'database migrated',
);

const seeding = await seedDemo(db, {
  size: env.seedSize,
  seed: env.seed,
  asOf: startOfUtcDay(new Date()),
  onProgress: (written) => log.info({ written }, 'seeding demo population'),
});
log.info(seeding, seeding.seeded ? 'demo population seeded' : 'database already has profiles');

const apollo = new ApolloServer<ApiContext>({ typeDefs, resolvers });
const server = createHttpServer(
  apollo,
  () => Promise.resolve({ db, workspaceId: DEFAULT_WORKSPACE_ID }),
  () => ready,
);
await apollo.start();
server.listen(env.port, env.host, () => {
  ready = true;
  log.info(`Pinpoint API ready at http://${env.host}:${env.port}/graphql`);
});

const shutdown = async (signal: string) => {
  log.info({ signal }, 'shutting down: draining requests');
  ready = false;
  await apollo.stop();
  await db.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
