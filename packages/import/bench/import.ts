/**
 * Import and export throughput, and the peak memory of the process doing them:
 *
 *   - the Adult census extract (`../shared/datasets/adult/adult.csv`, skipped when absent) with
 *     the mapping in `examples/adult`, BENCH_RUNS runs (default 5);
 *   - a generated CSV of BENCH_ROWS rows (default 1,000,000; 8 columns, an email channel),
 *     BENCH_BIG_RUNS runs (default 1), followed by an export of every profile (CSV, all
 *     attributes, reachable addresses) to a sink that discards it;
 *   - the database's ceiling (BENCH_CEILING=0 skips it): the COPY text of the same generated
 *     profiles, made before the clock starts, copied in the import's batches and order in one
 *     transaction; what the database alone takes on this machine now, with no JavaScript
 *     working beside it. Import rates are best read as a share of it;
 *
 * into PostgreSQL (a database of its own, `pinpoint_bench_import`, recreated for every run)
 * when DATABASE_URL or TEST_DATABASE_URL is set, and into an in-memory PGlite. BENCH_ENGINES
 * picks engines (`postgres,pglite`). Every run is a process of its own, so that its peak RSS
 * is its own, with V8's old space capped at BENCH_HEAP_MB (default 128): uncapped, V8 lets
 * garbage pile up to far more before collecting, and the peak would show that laziness
 * rather than what the import needs. The table shows medians (and the spread) of rows/s.
 *
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @pinpoint/import bench
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedMapping, writeGeneratedCsv } from '../test/support/generated-csv';
import { adultCsv } from '../test/support/paths';
import { tempDir } from '../test/support/temp-files';
import type { RunResult } from './run-one';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const bigRuns = Number(process.env.BENCH_BIG_RUNS ?? 1);
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
const engines = (process.env.BENCH_ENGINES ?? 'postgres,pglite')
  .split(',')
  .filter((engine) => engine === 'pglite' || serverUrl);
const heapMb = Number(process.env.BENCH_HEAP_MB ?? 128);
const ceiling = process.env.BENCH_CEILING !== '0';
const runner = fileURLToPath(new URL('./run-one.ts', import.meta.url));

function runOnce(engine: string, ...args: string[]): RunResult {
  // The ceiling holds every row's COPY text before it starts: its heap is not the import's.
  const heap = args[0] === 'ceiling' ? 4096 : heapMb;
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heap}`, '--import', 'tsx', runner, engine, ...args],
    { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8', env: process.env },
  );
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    throw new Error(`a ${engine} run failed:\n${child.stderr}${child.stdout}`);
  }
  return JSON.parse(last) as RunResult;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const format = (value: number) => Math.round(value).toLocaleString('en');

function report(label: string, results: RunResult[], showRss = true): void {
  const rates = results.map((result) => result.rows / result.seconds);
  const rss = results.map((result) => result.peakRssMiB);
  const spread =
    results.length > 1 ? ` (${format(Math.min(...rates))}–${format(Math.max(...rates))})` : '';
  console.log(
    `${label.padEnd(34)} ${format(median(rates)).padStart(9)} rows/s${spread.padEnd(22)} ${showRss ? `peak RSS ${format(median(rss))} MiB  ` : ''}(${results.length} run${results.length > 1 ? 's' : ''}, ${format(results[0]?.rows ?? 0)} rows)`,
  );
  const exports = results.filter((result) => result.exportSeconds !== null);
  if (exports.length > 0) {
    const exportRates = exports.map((result) => result.rows / (result.exportSeconds ?? NaN));
    console.log(
      `${`  export of the same, CSV`.padEnd(34)} ${format(median(exportRates)).padStart(9)} rows/s`,
    );
  }
}

const adultMapping = fileURLToPath(
  new URL('../../../examples/adult/mapping.json', import.meta.url),
);
const dir = tempDir('pinpoint-import-bench-');
try {
  const generated = join(dir, 'generated.csv');
  const generatedMappingFile = join(dir, 'mapping.json');
  await writeGeneratedCsv(generated, rows);
  writeFileSync(generatedMappingFile, JSON.stringify(generatedMapping));
  const load = loadavg().map((value) => value.toFixed(1));
  console.log(
    `engines: ${engines.join(', ')}; V8 old space ${heapMb} MiB; load average ${load.join(' ')}`,
  );
  for (const engine of engines) {
    if (existsSync(adultCsv)) {
      const results = Array.from({ length: runs }, () =>
        runOnce(engine, 'import', adultCsv, adultMapping),
      );
      report(`adult.csv → ${engine}`, results);
    }
    const results = Array.from({ length: bigRuns }, () =>
      runOnce(engine, 'import', generated, generatedMappingFile, 'export'),
    );
    report(`generated ${format(rows)} rows → ${engine}`, results);
    if (ceiling) {
      const copies = Array.from({ length: bigRuns }, () =>
        runOnce(engine, 'ceiling', String(rows)),
      );
      report(`  ceiling: the database alone`, copies, false);
      const share =
        median(results.map((r) => r.rows / r.seconds)) /
        median(copies.map((r) => r.rows / r.seconds));
      console.log(`  import ÷ ceiling                  ${(share * 100).toFixed(0).padStart(8)} %`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
