import { seedDemo, type Database } from '@pinpoint/db';
import { testTargets, type TestTarget } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createRateLimiter } from '@pinpoint/rate-limit';
import { authenticator, type AuthMode } from '../access/authenticate';
import { admitRequest } from '../access/request-limits';
import { secretsFrom } from '@pinpoint/db';
import { createContext } from '../context';
import { createApolloServer } from '../server/apollo';
import { sqlBackend } from '../services/audience-backend';
import { AudienceIndexHolder } from '../services/audience-index-holder';
import { createHttpServer } from '../server/http-server';

/** The instant the test population's history ends at; tests ask questions at it. */
export const TEST_AS_OF = new Date('2026-06-01T00:00:00.000Z');

/** The test servers' secret: fixed, so that partner noise is the same on every run. */
export const TEST_SECRETS = secretsFrom('pinpoint-test-secret-0123456789abcdef');

/** A GraphQL response as a client sees it. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

/** A running API over a seeded database of its own. */
export interface TestServer {
  url: string;
  db: Database;
  /** Queries run by the database since the last `resetQueryCount`. */
  queryCount: () => number;
  resetQueryCount: () => void;
  /** The audience index, when the server was started with one. */
  index: AudienceIndexHolder | null;
  /** Sends an operation, with `Authorization: Bearer <token>` when a token is given. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Wraps a database so that tests can count the queries an operation needs. */
function counting(db: Database, counter: { n: number }): Database {
  const wrap = (inner: Database): Database => ({
    ...inner,
    driver: inner.driver,
    rows: (query) => {
      counter.n += 1;
      return inner.rows(query);
    },
    transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
    exec: (text) => inner.exec(text),
    copyCsv: (...args) => inner.copyCsv(...args),
    migrate: () => inner.migrate(),
    close: () => inner.close(),
  });
  return wrap(db);
}

/**
 * Starts the real HTTP server on a free port over a fresh database of `target`, seeded with a
 * small demo population.
 */
export async function startTestServer(
  target: TestTarget,
  options: {
    size?: number;
    timeoutMs?: number;
    /** How callers authenticate (default `local`: without a key, as the operator). */
    auth?: AuthMode;
    /** Share rate limits through this Redis (in process when absent). */
    redisUrl?: string;
    /** Production mode: introspection off for partner keys. */
    production?: boolean;
    /** Keep an audience index (built before the server answers). */
    index?: { maxLagMs?: number; syncIntervalMs?: number };
  } = {},
): Promise<TestServer> {
  const { db: raw, dispose } = await target.open();
  await seedDemo(raw, { size: options.size ?? 1500, seed: 11, asOf: TEST_AS_OF });
  const counter = { n: 0 };
  const db = counting(raw, counter);
  const log = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const index = options.index
    ? new AudienceIndexHolder(raw, DEFAULT_WORKSPACE_ID, log, {
        syncIntervalMs: options.index.syncIntervalMs ?? 100,
        maxLagMs: options.index.maxLagMs ?? 2_000,
        memoryBudgetBytes: 512 * 2 ** 20,
      })
    : null;
  index?.start();
  await index?.settled();
  const limiter = createRateLimiter({ redisUrl: options.redisUrl });
  const apollo = createApolloServer(log, { production: options.production ?? false });
  const server = createHttpServer(apollo, {
    authenticate: authenticator(raw, {
      mode: options.auth ?? 'local',
      localWorkspaceId: DEFAULT_WORKSPACE_ID,
    }),
    admit: (caller) => admitRequest(limiter, caller),
    exportDb: raw,
    context: ({ principal }) => {
      const backend =
        principal.workspaceId === DEFAULT_WORKSPACE_ID && index
          ? (index.backend() ?? sqlBackend(db, principal.workspaceId))
          : sqlBackend(db, principal.workspaceId);
      return Promise.resolve(createContext(db, principal, log, { secrets: TEST_SECRETS, backend }));
    },
    ready: () => true,
    timeoutMs: options.timeoutMs ?? 30_000,
  });
  await apollo.start();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    db,
    index,
    queryCount: () => counter.n,
    resetQueryCount: () => (counter.n = 0),
    async graphql<T>(query: string, variables?: Record<string, unknown>, options = {}) {
      const { token } = options as { token?: string };
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
      return { status: response.status, ...body };
    },
    async close() {
      index?.stop();
      await index?.settled();
      await apollo.stop();
      await limiter.close();
      await dispose();
    },
  };
}

/** A way to run the API in tests: a database engine, with or without the audience index. */
export interface ApiTarget {
  name: string;
  target: TestTarget;
  index: boolean;
}

/**
 * PGlite and (with TEST_DATABASE_URL) PostgreSQL answering by SQL, and PGlite with the audience
 * index answering: tests of audience questions run on each and must agree with the reference.
 */
export function apiTargets(): ApiTarget[] {
  const targets = testTargets();
  const pglite = targets[0]!;
  return [
    ...targets.map((target) => ({ name: `${target.name} (sql)`, target, index: false })),
    { name: 'pglite (index)', target: pglite, index: true },
  ];
}
