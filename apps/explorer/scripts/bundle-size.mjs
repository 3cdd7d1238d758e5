// Prints the gzip size of the JavaScript each screen needs (from vite's manifest) and fails when
// the initial load (the entry and its static imports) is over the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

/** Chunk keys loaded with `key` before it runs (itself and its static imports, transitively). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

const gzipKb = (keys) =>
  [...keys].reduce(
    (sum, key) => sum + gzipSync(readFileSync(join(dist, manifest[key].file))).length,
    0,
  ) / 1024;

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = closure(entry);
const initialKb = gzipKb(initial);
console.log(
  `initial JS (entry + static imports): ${initialKb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`,
);
for (const key of manifest[entry].dynamicImports ?? []) {
  const extra = [...closure(key)].filter((k) => !initial.has(k));
  const lazyExtra = (manifest[key].dynamicImports ?? [])
    .flatMap((k) => [...closure(k)])
    .filter((k) => !initial.has(k) && !extra.includes(k));
  console.log(
    `  + ${manifest[key].name}: ${gzipKb(extra).toFixed(1)} kB gzip` +
      (lazyExtra.length ? ` (+ ${gzipKb(new Set(lazyExtra)).toFixed(1)} kB lazy inside)` : ''),
  );
}
if (initialKb > BUDGET_KB) {
  console.error(`initial JS is over the ${BUDGET_KB} kB budget`);
  process.exit(1);
}
