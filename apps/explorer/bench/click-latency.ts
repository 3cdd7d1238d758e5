/**
 * Click → fresh count in the segment builder, in a real browser, against the API with the
 * audience index on a large database: the "fresh within 150 ms of the last click".
 *
 *   BENCH_SIZE=1000000 DATABASE_URL=postgres://… pnpm --filter @pinpoint/explorer bench
 *
 * Starts the API (`apps/api/src/main.ts`) as a child process on `pinpoint_bench_<BENCH_SIZE>`
 * (the database the engine and API benchmarks share; seeded with the benchmark population when
 * empty), waits until its index answers, serves the built explorer in front of it, opens the
 * builder on a 5-condition rule and toggles region values BENCH_CLICKS times (default 21),
 * timing each click to the moment the shown count is fresh, in the browser's own clock. It
 * also reports the same with the index off (SQL) for comparison when BENCH_SQL=1.
 *
 * With PINPOINT_URL set it measures against the API of a Pinpoint already running there
 * instead, e.g. one whose index took minutes to build.
 */
import { ensureServerDatabase, openDatabase, seedDemo } from '@pinpoint/db';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasChromium, launchChromium } from '../e2e/browser';
import { explorerRoot, startExplorer } from '../e2e/explorer-server';
import { countedRule, installLatencyProbe, median, waitForNewCount } from '../e2e/timing';

const size = Number(process.env.BENCH_SIZE ?? 1_000_000);
const clicks = Number(process.env.BENCH_CLICKS ?? 21);
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
const runningUrl = process.env.PINPOINT_URL;
const apiMain = fileURLToPath(new URL('../../api/src/main.ts', import.meta.url));

if ((!serverUrl && !runningUrl) || !hasChromium) {
  console.log('click latency: skipped (needs DATABASE_URL or TEST_DATABASE_URL, and chromium)');
  process.exit(0);
}
if (!existsSync(join(explorerRoot, 'dist', 'index.html')))
  throw new Error('build the explorer first: pnpm --filter @pinpoint/explorer build');

/** The shared benchmark database, seeded with the benchmark population when empty. */
async function benchDatabase(url: string): Promise<string> {
  const databaseUrl = await ensureServerDatabase(url, `pinpoint_bench_${size}`);
  const db = await openDatabase({ url: databaseUrl });
  await db.migrate();
  const seeded = await seedDemo(db, { size, seed: 7, asOf: new Date('2026-06-01T00:00:00Z') });
  if (seeded.seeded) await db.exec('analyze');
  await db.close();
  return databaseUrl;
}

const rule = {
  and: [
    { attribute: { key: 'age', op: 'between', min: 25, max: 40 } },
    { attribute: { key: 'region', op: 'in', values: ['BY', 'BW', 'HE'] } },
    { interest: { topic: 'climate', minAffinity: 0.5 } },
    { reachable: { channel: 'email' } },
    { not: { event: { type: 'purchase', withinDays: 30, atLeast: 1 } } },
  ],
};
const regions = ['BE', 'NW', 'HH', 'SN', 'TH', 'NI', 'RP'];

async function startApi(index: boolean): Promise<{ url: string; child: ChildProcess }> {
  const databaseUrl = await benchDatabase(serverUrl!);
  const port = 4100 + Math.floor(Math.random() * 800);
  const child = spawn(process.execPath, ['--import', 'tsx', apiMain], {
    cwd: fileURLToPath(new URL('../../api', import.meta.url)),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      PINPOINT_INDEX: index ? 'on' : 'off',
      PINPOINT_QUERY_TIMEOUT_MS: '120000',
    },
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  const wanted = index ? 'index' : 'sql';
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (child.exitCode !== null) throw new Error('the API exited before it was ready');
    const engine = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ segmentSize(segment: { rule: { reachable: { channel: email } } }) { ... on SegmentSize { source { engine } } } }',
      }),
    })
      .then(
        (r) => r.json() as Promise<{ data?: { segmentSize?: { source?: { engine?: string } } } }>,
      )
      .then(
        (body) => body.data?.segmentSize?.source?.engine,
        () => undefined,
      );
    if (engine === wanted) return { url, child };
  }
}

async function measure(index: boolean): Promise<number[]> {
  const api = runningUrl ? null : await startApi(index);
  // The built explorer in front of the API, so that the figures are of this checkout's build.
  const explorer = await startExplorer(api?.url ?? runningUrl!);
  try {
    return await clickThrough(explorer.url);
  } finally {
    await explorer.close();
    api?.child.kill('SIGTERM');
  }
}

async function clickThrough(explorerUrl: string): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx compiles with esbuild's keepNames, which wraps functions sent to the page in a
    // `__name` helper that only exists in Node; the page gets a no-op one.
    await page.addInitScript('window.__name = (fn) => fn');
    await page.goto(`${explorerUrl}/builder?rule=${encodeURIComponent(JSON.stringify(rule))}`);
    await waitForNewCount(page, '');
    await installLatencyProbe(page);
    const latencies: number[] = [];
    for (let i = 0; i < clicks; i += 1) {
      const before = await countedRule(page);
      await page.getByRole('checkbox', { name: regions[i % regions.length]! }).click();
      latencies.push(await waitForNewCount(page, before));
    }
    return latencies;
  } finally {
    await browser.close();
  }
}

const report = (name: string, latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(
    `${name.padEnd(8)} click → fresh count: median ${median(latencies).toFixed(0)} ms, ` +
      `min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms over ${latencies.length} clicks (debounce included)`,
  );
};

console.log(
  runningUrl ? `Pinpoint at ${runningUrl}` : `${size.toLocaleString('en')} profiles on postgres`,
);
const index = await measure(true);
report('index', index);
if (process.env.BENCH_SQL === '1') report('sql', await measure(false));
