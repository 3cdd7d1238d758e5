import { openDatabase, seedDemo, startOfUtcDay } from '@pinpoint/db';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { pino } from 'pino';
import { createRateLimiter } from '@pinpoint/rate-limit';
import { authenticator } from './access/authenticate';
import { admitRequest } from './access/request-limits';
import { embeddedSecrets, secretsFrom, type ServerSecrets } from '@pinpoint/db';
import { createContext } from './context';
import { env } from './env';
import { createApolloServer } from './server/apollo';
import { createHttpServer } from './server/http-server';
import { sqlBackend } from './services/audience-backend';
import { AudienceIndexHolder } from './services/audience-index-holder';

const log = pino({ level: env.logLevel });
let ready = false;

const db = await openDatabase({
  url: env.databaseUrl,
  dataDir: env.dataDir,
  statementTimeoutMs: env.timeoutMs,
});
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

const audienceIndex = env.index
  ? new AudienceIndexHolder(db, DEFAULT_WORKSPACE_ID, log, {
      syncIntervalMs: 250,
      maxLagMs: 2_000,
      memoryBudgetBytes: env.indexMemoryMb * 2 ** 20,
    })
  : null;
audienceIndex?.start();
/** `PINPOINT_SECRET`; an install only this machine reaches may keep its own in a file. */
function serverSecrets(): ServerSecrets {
  if (env.secret) return secretsFrom(env.secret);
  if (env.auth === 'keys')
    throw new Error('PINPOINT_SECRET is required when API keys are (e.g. `openssl rand -hex 32`)');
  return embeddedSecrets(`${env.dataDir}.secret`);
}

// The index holds the default workspace; other workspaces' keys are answered by SQL.
const backendFor = (workspaceId: string) =>
  workspaceId === DEFAULT_WORKSPACE_ID && audienceIndex
    ? (audienceIndex.backend() ?? sqlBackend(db, workspaceId))
    : sqlBackend(db, workspaceId);

const secrets = serverSecrets();
const limiter = createRateLimiter({
  redisUrl: env.redisUrl,
  onDegraded: (cause) =>
    log.warn({ err: cause }, 'Redis unreachable: rate limits are kept in this process meanwhile'),
  onRecovered: () => log.info('Redis reachable again: rate limits are shared'),
});

const apollo = createApolloServer(log, { production: env.production });
const server = createHttpServer(apollo, {
  authenticate: authenticator(db, { mode: env.auth, localWorkspaceId: DEFAULT_WORKSPACE_ID }),
  admit: (caller) => admitRequest(limiter, caller),
  exportDb: db,
  context: ({ principal }) =>
    Promise.resolve(
      createContext(db, principal, log, { secrets, backend: backendFor(principal.workspaceId) }),
    ),
  ready: () => ready,
  timeoutMs: env.timeoutMs,
  staticDir: env.explorerDir,
});
await apollo.start();
server.listen(env.port, env.host, () => {
  ready = true;
  const base = `http://${env.host}:${env.port}`;
  log.info(
    { auth: env.auth },
    env.auth === 'local'
      ? "requests without an API key act as this machine's operator (PINPOINT_AUTH=keys to require keys)"
      : 'every request needs an API key',
  );
  if (env.explorerDir) log.info(`Pinpoint explorer at ${base}/ (API at ${base}/graphql)`);
  else log.info(`Pinpoint API ready at ${base}/graphql (explorer not built)`);
});

const shutdown = async (signal: string) => {
  log.info({ signal }, 'shutting down: draining in-flight requests');
  ready = false;
  // Stops accepting connections and waits for in-flight requests (the drain plugin), then
  // closes the database pool.
  audienceIndex?.stop();
  await apollo.stop();
  await audienceIndex?.settled();
  await limiter.close();
  await db.close();
  log.info('stopped');
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
