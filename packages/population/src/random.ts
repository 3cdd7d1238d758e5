import { type RandomGenerator, xoroshiro128plus } from 'pure-rand';
import { exp } from './deterministic-math';

/** 2^-32: turns an unsigned 32-bit integer into a number in [0, 1). */
const UINT32_TO_UNIT = 1 / 4_294_967_296;

/**
 * A 32-bit integer hash with strong avalanche (Chris Wellons' "lowbias32"), so that
 * neighbouring seeds and indexes give unrelated generator states.
 */
export function mix32(value: number): number {
  let x = value | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x | 0;
}

function stateWord(base: number, indexLo: number, indexHi: number, n: number): number {
  return mix32(base ^ mix32(indexLo + Math.imul(n, 0x9e3779b9)) ^ mix32(indexHi ^ n));
}

/**
 * The random generator of profile `index` in the population of `seed`. It depends on
 * nothing else, so any slice of a population can be generated on its own, in any order, on
 * any machine. Both numbers may be any safe integers; their high and low 32-bit halves are
 * hashed separately so that seeds above 2^32 still differ.
 */
export function profileRandom(seed: number, index: number): RandomGenerator {
  const seedLo = seed >>> 0;
  const seedHi = Math.floor(seed / 4_294_967_296) | 0;
  const indexLo = index >>> 0;
  const indexHi = Math.floor(index / 4_294_967_296) | 0;
  const base = mix32(mix32(seedLo ^ 0x3c6ef372) ^ seedHi);
  const s0 = stateWord(base, indexLo, indexHi, 1);
  const s1 = stateWord(base, indexLo, indexHi, 2);
  const s2 = stateWord(base, indexLo, indexHi, 3);
  const s3 = stateWord(base, indexLo, indexHi, 4);
  // xoroshiro never leaves the all-zero state; hitting it has odds of 2^-128, but rule it out.
  const state = (s0 | s1 | s2 | s3) === 0 ? [1, 0, 0, 0] : [s0, s1, s2, s3];
  return xoroshiro128plus.fromState(state);
}

/** A uniform number in [0, 1), from one step of the (mutated) generator. */
export function uniform(rng: RandomGenerator): number {
  return (rng.unsafeNext() >>> 0) * UINT32_TO_UNIT;
}

/** A uniform integer in [0, n). */
export function below(rng: RandomGenerator, n: number): number {
  return Math.floor(uniform(rng) * n);
}

/** A uniform integer in [min, max], both included. */
export function between(rng: RandomGenerator, min: number, max: number): number {
  return min + Math.floor(uniform(rng) * (max - min + 1));
}

/** True with probability `p`. */
export function chance(rng: RandomGenerator, p: number): boolean {
  return uniform(rng) < p;
}

/**
 * An approximately standard normal number (Irwin–Hall: the sum of four uniforms, rescaled).
 * Tails end at ±3.46, which suits noise on synthetic facts, and it needs no `Math.log` or
 * `Math.cos`, whose last bits the language leaves to each engine.
 */
export function gaussian(rng: RandomGenerator): number {
  const sum = uniform(rng) + uniform(rng) + uniform(rng) + uniform(rng);
  return (sum - 2) * 1.7320508075688772;
}

/**
 * A Poisson-distributed count with mean `mean` (Knuth's product method: cheap for the small
 * means used here, and capped at 1,000 draws).
 */
export function poisson(rng: RandomGenerator, mean: number): number {
  const limit = exp(-mean);
  let count = 0;
  let product = uniform(rng);
  while (product > limit && count < 1000) {
    count += 1;
    product *= uniform(rng);
  }
  return count;
}
