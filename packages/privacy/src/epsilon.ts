import { z } from 'zod';

/**
 * ε is kept to four decimal places so that it is an exact fraction: the noise sampler needs
 * a rational ε to draw exactly (no floating-point `exp`), and the budget ledger adds ε up in
 * whole ten-thousandths, where 0.1 + 0.2 is 0.3 and a budget spent in ten steps of 0.1 is
 * spent exactly.
 */
export const EPSILON_DECIMALS = 4;

const UNITS_PER_EPSILON = 10 ** EPSILON_DECIMALS;

/** The whole number of ten-thousandths in ε (ε must have at most four decimal places). */
export function epsilonUnits(epsilon: number): number {
  return Math.round(epsilon * UNITS_PER_EPSILON);
}

/** ε back from whole ten-thousandths. */
export function epsilonFromUnits(units: number): number {
  return units / UNITS_PER_EPSILON;
}

function hasAtMostFourDecimals(epsilon: number): boolean {
  const scaled = epsilon * UNITS_PER_EPSILON;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** Throws a RangeError unless ε is positive with at most four decimal places; for ε from code, not users. */
export function checkEpsilon(epsilon: number): void {
  if (!(epsilon > 0 && Number.isFinite(epsilon) && hasAtMostFourDecimals(epsilon))) {
    throw new RangeError(`ε must be positive with at most four decimal places; got ${epsilon}`);
  }
}

/** A schema for a privacy parameter ε: positive, at most `max`, with at most four decimal places. */
export function epsilonSchema(max: number) {
  return z
    .number({
      error: (issue) => (issue.input === undefined ? 'ε is required' : 'expected a number'),
    })
    .positive('expected a positive ε (smaller is more private)')
    .max(max, `expected ε of at most ${max}`)
    .refine(hasAtMostFourDecimals, `expected ε with at most ${EPSILON_DECIMALS} decimal places`);
}

/** ε as a reduced fraction `numerator / denominator`. */
export interface EpsilonFraction {
  numerator: number;
  denominator: number;
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/** ε (at most four decimal places) as an exact reduced fraction, e.g. 0.25 → 1/4. */
export function epsilonFraction(epsilon: number): EpsilonFraction {
  const units = epsilonUnits(epsilon);
  const divisor = greatestCommonDivisor(units, UNITS_PER_EPSILON);
  return { numerator: units / divisor, denominator: UNITS_PER_EPSILON / divisor };
}
