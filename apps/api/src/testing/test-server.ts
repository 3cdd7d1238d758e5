import { seedDemo, type Database } from '@pinpoint/db';
import type { TestTarget } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createContext } from '../context';
import { createApolloServer } from '../server/apollo';
import { createHttpServer } from '../server/http-server';

/** The instant the test population's history ends at; tests ask questions at it. */
export const TEST_AS_OF = new Date('2026-06-01T00:00:00.000Z');

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
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
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
  options: { size?: number; timeoutMs?: number } = {},
): Promise<TestServer> {
  const { db: raw, dispose } = await target.open();
  await seedDemo(raw, { size: options.size ?? 1500, seed: 11, asOf: TEST_AS_OF });
  const counter = { n: 0 };
  const db = counting(raw, counter);
  const log = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const apollo = createApolloServer(log);
  const server = createHttpServer(apollo, {
    context: () => Promise.resolve(createContext(db, DEFAULT_WORKSPACE_ID, log)),
    ready: () => true,
    timeoutMs: options.timeoutMs ?? 30_000,
  });
  await apollo.start();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    db,
    queryCount: () => counter.n,
    resetQueryCount: () => (counter.n = 0),
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
      return { status: response.status, ...body };
    },
    async close() {
      await apollo.stop();
      await dispose();
    },
  };
}
