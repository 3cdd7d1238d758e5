import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidBytes } from '../src/profile-ids';
import { radixSortPairs } from '../src/radix-sort';

/**
 * Population indexes ordered by their profile ids, which the builder needs and the generator
 * does not give: ids are hashed (UUID v5). Sorts by the first 32 bits with a counting sort and
 * settles the rare ties by the full id, so 10M ids never exist as strings at once.
 */
export function sortedPopulationOrder(
  size: number,
  idOf: (index: number) => string,
  cache = false,
): Uint32Array {
  // Ids depend on the index only (not the seed), so the order of a size can be kept on disk.
  const file = join(tmpdir(), `pinpoint-engine-order-${size}.bin`);
  if (cache && existsSync(file)) return new Uint32Array(readFileSync(file).buffer.slice(0));
  const order = computeOrder(size, idOf);
  if (cache) writeFileSync(file, order);
  return order;
}

function computeOrder(size: number, idOf: (index: number) => string): Uint32Array {
  const ids = new Uint8Array(size * 16);
  const keys = new Uint32Array(size);
  const order = new Uint32Array(size);
  for (let i = 0; i < size; i += 1) {
    ids.set(uuidBytes(idOf(i)), i * 16);
    keys[i] =
      ((ids[i * 16]! << 24) |
        (ids[i * 16 + 1]! << 16) |
        (ids[i * 16 + 2]! << 8) |
        ids[i * 16 + 3]!) >>>
      0;
    order[i] = i;
  }
  radixSortPairs(keys, order);
  const compare = (a: number, b: number) => {
    for (let k = 0; k < 16; k += 1) {
      const d = ids[a * 16 + k]! - ids[b * 16 + k]!;
      if (d !== 0) return d;
    }
    return 0;
  };
  for (let i = 1; i < size; i += 1) {
    if (keys[i] !== keys[i - 1]) continue;
    let j = i;
    while (j > 0 && keys[j] === keys[j - 1] && compare(order[j - 1]!, order[j]!) > 0) {
      [order[j - 1], order[j]] = [order[j]!, order[j - 1]!];
      j -= 1;
    }
  }
  return order;
}
