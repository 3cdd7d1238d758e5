import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { mkdirSync } from 'node:fs';
import { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { lockDataDir } from './data-dir-lock';

/** The committed drizzle-kit migrations; the same files serve PGlite and PostgreSQL. */
const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));

/** Which engine a database runs on: PGlite in-process (embedded default) or a PostgreSQL server. */
export type Driver = 'pglite' | 'postgres';

/** Query text with its parameters; values are never spliced into the text. */
export interface Query {
  text: string;
  params: unknown[];
}

/**
 * One interface over both engines. Queries are built with drizzle's `sql` template and run
 * through the driver directly, so transactions and COPY work the same way on both.
 */
export interface Database {
  readonly driver: Driver;
  /** Runs a query and returns its rows. */
  rows<T = Record<string, unknown>>(query: SQL | Query): Promise<T[]>;
  /** Runs statements without parameters (DDL, session settings). */
  exec(text: string): Promise<void>;
  /** Bulk-loads CSV text (no header) into `table (columns)` with COPY. */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
  /** Runs `work` in one transaction: all of it commits, or none of it. */
  transaction<T>(work: (tx: Database) => Promise<T>): Promise<T>;
  /** Applies the migrations not applied yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Where to connect: a PostgreSQL URL, or a PGlite data folder (in memory when absent). */
export interface DatabaseOptions {
  url?: string | undefined;
  dataDir?: string | undefined;
  /** Largest number of pooled connections to a server. */
  maxConnections?: number;
  /** A server cancels statements running longer than this (no limit when absent). */
  statementTimeoutMs?: number;
}

const dialect = new PgDialect();

/** Renders a drizzle `sql` fragment as text and parameters. */
export function toQuery(query: SQL | Query): Query {
  if ('text' in query) return query;
  const { sql: text, params } = dialect.sqlToQuery(query);
  return { text, params };
}

/** Opens a database: PostgreSQL when `url` is given, PGlite otherwise. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const url = options.url;
  if (url) {
    // drizzle's migrator installs its own type parsers on the client it is given, so it gets a
    // connection of its own and the pool keeps the driver's defaults (timestamps as Dates).
    const migrate = async () => {
      const client = postgres(url, { max: 1, onnotice: () => undefined });
      try {
        await migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await client.end();
      }
    };
    return postgresDatabase(postgres(url, serverOptions(options)), migrate);
  }
  if (!options.dataDir) {
    const pg = await PGlite.create();
    return pgliteDatabase(pg, () => pg.close(), pg);
  }
  // PGlite creates only the last folder of the path; a fresh clone has none of them.
  mkdirSync(options.dataDir, { recursive: true });
  const release = lockDataDir(options.dataDir);
  try {
    const pg = await PGlite.create(options.dataDir);
    return pgliteDatabase(
      pg,
      async () => {
        await pg.close();
        release();
      },
      pg,
    );
  } catch (error) {
    release();
    throw error;
  }
}

function serverOptions(
  options: DatabaseOptions,
): postgres.Options<Record<string, postgres.PostgresType>> {
  return {
    max: options.maxConnections ?? 10,
    onnotice: () => undefined,
    // Compiled rules differ from query to query; caching each as a prepared statement would only grow memory.
    prepare: false,
    connection: {
      application_name: 'pinpoint',
      // Audience queries are short and differ each time: compiling them costs more than it saves.
      jit: 'off',
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
    // A documented postgres.js option its type definitions leave out.
    ...({ socket: connectWithoutDelay } as object),
  };
}

/**
 * Opens the connection's socket with Nagle's algorithm off. postgres.js writes a COPY's data
 * and its end marker separately; with Nagle on, the marker waits for the server's delayed ACK
 * (about 40 ms on Linux) and every small COPY, so every profile upsert, pays for it.
 */
function connectWithoutDelay(options: {
  host: string[];
  port: number[];
  path?: string | false;
}): Socket {
  const socket = new Socket();
  socket.setNoDelay(true);
  if (options.path) socket.connect(options.path);
  else socket.connect(options.port[0] ?? 5432, options.host[0] ?? 'localhost');
  return socket;
}

function quoteColumns(table: string, columns: readonly string[]): string {
  const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
  return `${ident(table)} (${columns.map(ident).join(', ')})`;
}

/** postgres.js does not serialise Dates in unprepared queries; ISO text casts exactly. */
function serverParam(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

function postgresDatabase(
  sql: postgres.Sql | postgres.TransactionSql,
  migrate: (() => Promise<void>) | null,
): Database {
  const inTransaction = migrate === null;
  return {
    driver: 'postgres',
    async rows<T>(query: SQL | Query) {
      const { text, params } = toQuery(query);
      return (await sql.unsafe(
        text,
        params.map(serverParam) as postgres.ParameterOrJSON<never>[],
      )) as unknown as T[];
    },
    async exec(text) {
      await sql.unsafe(text);
    },
    async copyCsv(table, columns, csv) {
      const writable = await sql
        .unsafe(`copy ${quoteColumns(table, columns)} from stdin with (format csv)`)
        .writable();
      await new Promise<void>((resolve, reject) => {
        writable.on('error', reject);
        writable.on('finish', resolve);
        writable.end(csv);
      });
    },
    async migrate() {
      if (!migrate) throw new Error('migrations run outside transactions');
      await migrate();
    },
    async transaction(work) {
      if (inTransaction) return work(this);
      const result = await (sql as postgres.Sql).begin((tx) => work(postgresDatabase(tx, null)));
      return result as Awaited<ReturnType<typeof work>>;
    },
    async close() {
      if (!inTransaction) await (sql as postgres.Sql).end({ timeout: 5 });
    },
  };
}

type PgliteLike = Pick<PGlite, 'query' | 'exec'> & { transaction?: PGlite['transaction'] };

function pgliteDatabase(pg: PgliteLike, close: () => Promise<void>, root?: PGlite): Database {
  return {
    driver: 'pglite',
    async rows<T>(query: SQL | Query) {
      const { text, params } = toQuery(query);
      return (await pg.query<T>(text, params)).rows;
    },
    async exec(text) {
      await pg.exec(text);
    },
    async copyCsv(table, columns, csv) {
      await pg.query(
        `copy ${quoteColumns(table, columns)} from '/dev/blob' with (format csv)`,
        [],
        {
          blob: new Blob([csv]),
        },
      );
    },
    async migrate() {
      if (!root) throw new Error('migrations run outside transactions');
      await migratePglite(drizzlePglite({ client: root }), { migrationsFolder: MIGRATIONS_FOLDER });
    },
    async transaction(work) {
      if (!pg.transaction) return work(this);
      return pg.transaction((tx) => work(pgliteDatabase(tx, () => Promise.resolve())));
    },
    close,
  };
}
