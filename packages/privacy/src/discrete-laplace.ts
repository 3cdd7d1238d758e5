import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { checkEpsilon, epsilonFraction } from './epsilon';
import { bernoulli, bernoulliExpMinus } from './exact-bernoulli';

/**
 * One draw of discrete Laplace noise (the two-sided geometric distribution) for a count, i.e.
 * sensitivity 1: P[Z = z] ∝ exp(−ε·|z|) for every integer z. Adding it to a count makes the
 * count ε-differentially private.
 *
 * This is Algorithm 2 of Canonne, Kamath & Steinke, "The Discrete Gaussian for Differential
 * Privacy" (NeurIPS 2020), with ε = s/t as an exact fraction: X is geometric with parameter
 * 1 − exp(−1/t), built from a uniform remainder U and a geometric quotient V; ⌊X/s⌋ is then
 * geometric with parameter 1 − exp(−ε), and a random sign (rejecting "−0") makes it two-sided.
 * Every step uses only uniform integers, so the draw is exact, unlike inverting a
 * floating-point Laplace, whose rounding leaks (Mironov 2012).
 *
 * @param epsilon ε > 0 with at most four decimal places.
 */
export function sampleDiscreteLaplace(epsilon: number, random: RandomGenerator): number {
  checkEpsilon(epsilon);
  const { numerator: s, denominator: t } = epsilonFraction(epsilon);
  for (;;) {
    const u = uniformInt(random, 0, t - 1);
    if (!bernoulliExpMinus(u, t, random)) continue;
    let v = 0;
    while (bernoulliExpMinus(1, 1, random)) v += 1;
    const magnitude = Math.floor((u + t * v) / s);
    const negative = bernoulli(1, 2, random);
    if (negative && magnitude === 0) continue;
    return negative ? -magnitude : magnitude;
  }
}

/** P[Z = z] of discrete Laplace noise at ε: (1 − q)/(1 + q) · q^|z| with q = exp(−ε). */
export function discreteLaplaceProbability(z: number, epsilon: number): number {
  const q = Math.exp(-epsilon);
  return ((1 - q) / (1 + q)) * q ** Math.abs(z);
}

/** Standard deviation of discrete Laplace noise at ε: √(2q)/(1 − q), q = exp(−ε); about √2/ε. */
export function discreteLaplaceStandardDeviation(epsilon: number): number {
  const q = Math.exp(-epsilon);
  return Math.sqrt(2 * q) / (1 - q);
}
