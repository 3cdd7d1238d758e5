/**
 * Latency and throughput of the API over HTTP with concurrent clients (autocannon), each
 * operation beside a bare `{ __typename }` on the same server in the same run.
 *
 *   BENCH_SIZE=1000000 DATABASE_URL=postgres://… pnpm --filter @pinpoint/api bench
 *
 * The server runs as a child process (`src/main.ts`) on a database of its own:
 * `pinpoint_bench` on the server at DATABASE_URL (or TEST_DATABASE_URL), the one the db
 * package's bench fills (seeded with BENCH_SIZE profiles here when it is empty); without a
 * server URL, a fresh PGlite folder in the temp directory. BENCH_SECONDS and
 * BENCH_CONNECTIONS set the load.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureServerDatabase } from '@pinpoint/db';

const size = Number(process.env.BENCH_SIZE ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
const requestsPerConnection = Number(process.env.BENCH_REQUESTS ?? 5);
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
const port = 4100 + Math.floor(Math.random() * 500);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(port),
  LOG_LEVEL: 'warn',
  PINPOINT_SEED_SIZE: String(size),
  PINPOINT_QUERY_TIMEOUT_MS: '120000',
};
if (serverUrl) env.DATABASE_URL = await ensureServerDatabase(serverUrl, 'pinpoint_bench');
else env.PINPOINT_DATA_DIR = mkdtempSync(join(tmpdir(), 'pinpoint-bench-'));

console.log(
  `starting the API on ${serverUrl ? 'postgres' : 'pglite'} (seeding ${size.toLocaleString('en-US')} profiles if the database is empty)…`,
);
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env,
  stdio: 'inherit',
});
const base = `http://127.0.0.1:${port}`;
for (let ready = false; !ready;) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  ready = await fetch(`${base}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
  if (server.exitCode !== null) throw new Error('the API exited before it was ready');
}

const graphql = async <T>(query: string): Promise<T> =>
  (
    (await (
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
    ).json()) as { data: T }
  ).data;

const { segmentSize } = await graphql<{ segmentSize: { population: number } }>(
  '{ segmentSize(segment: { rule: { reachable: { channel: email } } }) { ... on SegmentSize { population } } }',
);
const population = segmentSize.population;

const overlapRefs = [
  ...(await graphql<{ segments: { id: string }[] }>('{ segments { id } }')).segments.map(
    (s) => `{ id: "${s.id}" }`,
  ),
  '{ rule: { attribute: { key: "age", op: gte, value: 65 } } }',
  '{ rule: { reachable: { channel: sms } } }',
  '{ rule: { interest: { topic: "football", minAffinity: 0.7 } } }',
].slice(0, 10);

const operations: [string, string][] = [
  ['{ __typename }', '{ __typename }'],
  [
    'segmentSize (5 conditions)',
    `{ segmentSize(segment: { rule: { and: [
      { attribute: { key: "age", op: between, min: 25, max: 40 } },
      { attribute: { key: "region", op: in, values: ["BY", "BW", "HE"] } },
      { interest: { topic: "climate", minAffinity: 0.5 } },
      { reachable: { channel: email } },
      { not: { event: { type: "purchase", withinDays: 30, atLeast: 1 } } } ] } }) { ... on SegmentSize { size } } }`,
  ],
  [
    `segmentOverlap (${overlapRefs.length} segments)`,
    `{ segmentOverlap(segments: [${overlapRefs.join(', ')}]) { ... on SegmentOverlap { union } } }`,
  ],
  [
    'reachEstimate (draft, 3 channels)',
    `{ reachEstimate(campaign: { draft: { name: "Bench", purpose: civic,
      includeSegmentIds: [${overlapRefs
        .slice(0, 3)
        .map((r) => r.slice(6, -2))
        .join(', ')}],
      channels: [{ channel: email, costPerContact: 0.02 }, { channel: sms, costPerContact: 0.09, priority: 1 },
        { channel: post, costPerContact: 0.8, priority: 2 }], holdoutShare: 0.1 } }, budget: 500) {
      ... on ReachEstimate { reachable reachAtBudget } } }`,
  ],
];

interface Row {
  name: string;
  p50: number;
  p99: number;
  mean: number;
  rps: number;
  errors: number;
}

const rows: Row[] = [];
for (const [name, query] of operations) {
  const bare = rows.length === 0;
  const result = await autocannon({
    url: `${base}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections,
    // The bare query runs for the whole duration; audience questions, which may take seconds
    // each on the SQL path, run a fixed number of requests so that every one completes.
    ...(bare ? { duration: seconds } : { amount: connections * requestsPerConnection }),
    timeout: 300,
  });
  rows.push({
    name,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.mean,
    rps: result.requests.total / (result.duration || 1),
    errors: result.errors + result.timeouts + result.non2xx,
  });
}
server.kill('SIGTERM');

const baseline = rows[0]!;
const pad = (text: string, width: number) => text.padEnd(width);
const num = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
console.log(
  `\n${connections} connections, ${seconds} s for the bare query and ${connections * requestsPerConnection} requests per audience question, ${population.toLocaleString('en-US')} profiles on ${serverUrl ? 'postgres' : 'pglite'}\n`,
);
console.log(
  `${pad('operation', 36)}${pad('p50 ms', 10)}${pad('p99 ms', 10)}${pad('mean ms', 10)}${pad('req/s', 10)}${pad('mean ÷ bare', 13)}errors`,
);
for (const row of rows) {
  console.log(
    `${pad(row.name, 36)}${pad(num(row.p50), 10)}${pad(num(row.p99), 10)}${pad(num(row.mean, 2), 10)}${pad(num(row.rps), 10)}${pad(`${num(row.mean / Math.max(baseline.mean, 0.001), 0)}×`, 13)}${row.errors}`,
  );
}
