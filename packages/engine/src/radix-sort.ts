/**
 * Sorts `keys` ascending and applies the same permutation to `payload`, stably, in two
 * 16-bit counting passes: linear time, where a comparison sort of 20M events would take
 * seconds. `keys` and `payload` are overwritten with the result.
 */
export function radixSortPairs(keys: Uint32Array, payload: Uint32Array): void {
  const n = keys.length;
  const keyBuffer = new Uint32Array(n);
  const payloadBuffer = new Uint32Array(n);
  const counts = new Uint32Array(65536);
  let fromKeys: Uint32Array = keys;
  let fromPayload: Uint32Array = payload;
  let toKeys: Uint32Array = keyBuffer;
  let toPayload: Uint32Array = payloadBuffer;
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < n; i += 1) counts[(fromKeys[i]! >>> shift) & 0xffff]! += 1;
    let sum = 0;
    for (let d = 0; d < 65536; d += 1) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i += 1) {
      const key = fromKeys[i]!;
      const at = counts[(key >>> shift) & 0xffff]!;
      counts[(key >>> shift) & 0xffff] = at + 1;
      toKeys[at] = key;
      toPayload[at] = fromPayload[i]!;
    }
    [fromKeys, toKeys] = [toKeys, fromKeys];
    [fromPayload, toPayload] = [toPayload, fromPayload];
  }
  // After two passes the result is back in the caller's arrays.
}
