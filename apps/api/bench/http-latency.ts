/**
 * Latency and throughput of the API over HTTP with concurrent clients (autocannon): each
 * audience question answered by the SQL path and by the in-memory index, beside a bare
 * `{ __typename }` on the same server, in one run on the same database.
 *
 *   BENCH_SIZE=1000000 DATABASE_URL=postgres://… pnpm --filter @pinpoint/api bench
 *
 * The API runs as a child process (`src/main.ts`), first with the index off, then on, on the
 * database `pinpoint_bench_<BENCH_SIZE>` of the server at DATABASE_URL (or TEST_DATABASE_URL),
 * the one the engine's benchmark uses too: seeded here when empty with the benchmark population
 * (seed 7, history up to 2026-06-01). Without a server URL it uses a fresh PGlite folder. BENCH_SECONDS, BENCH_CONNECTIONS and BENCH_REQUESTS (per
 * connection, for the slow SQL questions) set the load.
 */
import { ensureServerDatabase, openDatabase, seedDemo } from '@pinpoint/db';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchOperations } from './operations';

const size = Number(process.env.BENCH_SIZE ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
const requestsPerConnection = Number(process.env.BENCH_REQUESTS ?? 5);
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;

const database: NodeJS.ProcessEnv = serverUrl
  ? { DATABASE_URL: await seededServerDatabase(serverUrl) }
  : { PINPOINT_DATA_DIR: mkdtempSync(join(tmpdir(), 'pinpoint-bench-')) };

/** The shared benchmark database, seeded here (not by the API) so its population is fixed. */
async function seededServerDatabase(url: string): Promise<string> {
  const benchUrl = await ensureServerDatabase(url, `pinpoint_bench_${size}`);
  const db = await openDatabase({ url: benchUrl });
  await db.migrate();
  const seeded = await seedDemo(db, { size, seed: 7, asOf: new Date('2026-06-01T00:00:00Z') });
  if (seeded.seeded) await db.exec('analyze');
  await db.close();
  return benchUrl;
}

interface Api {
  base: string;
  process: ChildProcess;
}

async function post<T>(base: string, query: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return ((await response.json()) as { data: T }).data;
}

const ENGINE_PROBE =
  '{ segmentSize(segment: { rule: { reachable: { channel: email } } }) { ... on SegmentSize { population source { engine } } } }';

async function startApi(index: boolean): Promise<Api> {
  const port = 4100 + Math.floor(Math.random() * 800);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      ...database,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      PINPOINT_INDEX: index ? 'on' : 'off',
      PINPOINT_SEED_SIZE: String(size),
      PINPOINT_QUERY_TIMEOUT_MS: '300000',
    },
    stdio: 'inherit',
  });
  const base = `http://127.0.0.1:${port}`;
  const wanted = index ? 'index' : 'sql';
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (child.exitCode !== null) throw new Error('the API exited before it was ready');
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) continue;
    const probe = await post<{ segmentSize: { source: { engine: string } } }>(base, ENGINE_PROBE);
    if (probe.segmentSize.source.engine === wanted) return { base, process: child };
  }
}

interface Figures {
  p50: number;
  p99: number;
  mean: number;
  rps: number;
  errors: number;
}

async function measure(base: string, query: string, slow: boolean): Promise<Figures> {
  const result = await autocannon({
    url: `${base}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections,
    // SQL questions may take seconds each: a fixed number of requests, so that all complete.
    ...(slow ? { amount: connections * requestsPerConnection } : { duration: seconds }),
    timeout: 300,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.mean,
    rps: result.requests.total / (result.duration || 1),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function run(index: boolean) {
  console.log(`starting the API with the index ${index ? 'on' : 'off'}…`);
  const api = await startApi(index);
  const { segmentSize } = await post<{ segmentSize: { population: number } }>(
    api.base,
    ENGINE_PROBE,
  );
  const operations = await benchOperations((query) => post(api.base, query));
  const figures: Figures[] = [];
  for (const [i, [, query]] of operations.entries()) {
    figures.push(await measure(api.base, query, !index && i > 0));
  }
  api.process.kill('SIGTERM');
  return { population: segmentSize.population, names: operations.map(([name]) => name), figures };
}

const sql = await run(false);
const index = await run(true);

const pad = (text: string, width: number) => text.padEnd(width);
const num = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const cell = (f: Figures) =>
  `${pad(num(f.p50), 8)}${pad(num(f.p99), 8)}${pad(num(f.mean, 2), 10)}${pad(num(f.rps), 9)}`;
console.log(
  `\n${sql.population.toLocaleString('en-US')} profiles on ${serverUrl ? 'postgres' : 'pglite'}, ${connections} connections; ` +
    `${seconds} s per operation (SQL questions: ${connections * requestsPerConnection} requests)\n`,
);
console.log(
  `${pad('', 36)}${pad('SQL path', 35)}${pad('index', 35)}\n` +
    `${pad('operation', 36)}${pad('p50 ms  p99 ms  mean ms   req/s', 35)}${pad('p50 ms  p99 ms  mean ms   req/s', 35)}` +
    `${pad('SQL ÷ index', 13)}${pad('index ÷ bare', 14)}errors`,
);
for (const [i, name] of sql.names.entries()) {
  const s = sql.figures[i]!;
  const x = index.figures[i]!;
  const bare = index.figures[0]!;
  console.log(
    `${pad(name, 36)}${pad(cell(s), 35)}${pad(cell(x), 35)}${pad(`${num(s.mean / Math.max(x.mean, 0.001), 0)}×`, 13)}` +
      `${pad(`${num(x.mean / Math.max(bare.mean, 0.001), 1)}×`, 14)}${s.errors + x.errors}`,
  );
}
