/**
 * Elementary functions built only from `+ - * /` and `Math.round`, which IEEE 754 defines
 * to the last bit. `Math.exp` and friends are "implementation-approximated" in the
 * language specification, so a population drawn with them could differ between engines
 * or versions, and the same seed must give the same people everywhere.
 */

/** Exact powers of two 2^-1022 … 2^1023, built by doubling so that no rounding occurs. */
const POWERS_OF_TWO = (() => {
  const table = new Float64Array(2046);
  let value = 1;
  for (let k = 0; k <= 1023; k += 1, value *= 2) table[k + 1022] = value;
  value = 1;
  for (let k = 0; k >= -1022; k -= 1, value /= 2) table[k + 1022] = value;
  return table;
})();

const LN2 = 0.6931471805599453;

/** e^x to within a few units in the last place, identically on every engine. */
export function exp(x: number): number {
  if (x > 709) return Infinity;
  if (x < -708) return 0;
  // Range reduction: x = k·ln2 + r with |r| ≤ ln2/2, where the Taylor series converges fast.
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 14; n += 1) {
    term = (term * r) / n;
    sum += term;
  }
  return sum * (POWERS_OF_TWO[k + 1022] ?? 1);
}

/** The logistic function 1 / (1 + e^-x): turns a score on the log-odds scale into 0..1. */
export function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

const DECIMAL_SCALES = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/** Rounds to `digits` decimals (0 to 6); keeps stored values short and their text form stable. */
export function roundTo(value: number, digits: number): number {
  const scale = DECIMAL_SCALES[digits] ?? 1;
  return Math.round(value * scale) / scale;
}

/** Clamps `value` into [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
