import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** True with probability exactly `numerator / denominator` (integers, 0 ≤ numerator ≤ denominator). */
export function bernoulli(
  numerator: number,
  denominator: number,
  random: RandomGenerator,
): boolean {
  return uniformInt(random, 0, denominator - 1) < numerator;
}

/**
 * True with probability exactly exp(−γ) for a rational γ = numerator / denominator in [0, 1],
 * using only uniform integers (Canonne, Kamath & Steinke 2020, Algorithm 1): count K until a
 * Bernoulli(γ/K) fails; P[K odd] = 1 − γ + γ²/2! − γ³/3! + … = exp(−γ). No floating-point
 * `exp` is involved, so the noise has exactly the distribution the privacy proof assumes.
 */
export function bernoulliExpMinus(
  numerator: number,
  denominator: number,
  random: RandomGenerator,
): boolean {
  let k = 1;
  while (bernoulli(numerator, denominator * k, random)) k += 1;
  return k % 2 === 1;
}
