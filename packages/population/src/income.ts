import type { RandomGenerator } from 'pure-rand';
import { gaussian } from './random';

/** Monthly net household income in euros, lowest band first (the enum's order is the bands' order). */
export const INCOME_BANDS = [
  'under_1500',
  '1500_2499',
  '2500_3499',
  '3500_4999',
  '5000_plus',
] as const;
/** An income band. */
export type IncomeBand = (typeof INCOME_BANDS)[number];

/** Effect of each education level (EDUCATION_LEVELS order) on the log-income scale. */
const EDUCATION_EFFECT = [-0.9, -0.5, 0, 0.35, 0.9];
/** Effect of each household type (HOUSEHOLD_TYPES order): two earners, or parents' income, lift a household. */
const HOUSEHOLD_EFFECT = [-0.75, 0.45, 0.35, -0.85, -0.45, 0.35];

/** Students and apprentices earn little, incomes peak in the 50s and fall in retirement. */
function ageEffect(age: number): number {
  if (age < 25) return -0.8;
  if (age < 30) return -0.2;
  if (age < 45) return 0.15;
  if (age < 60) return 0.3;
  if (age < 70) return 0;
  if (age < 85) return -0.3;
  return -0.5;
}

/**
 * Band thresholds on the latent scale, chosen so that the bands hold roughly 17, 24, 21, 19
 * and 19 percent of households, like Destatis' income and consumption sample.
 */
const THRESHOLDS = [-1.06, -0.17, 0.45, 1.09];

/** Inputs to the income model. */
export interface IncomeDrivers {
  age: number;
  education: number;
  householdType: number;
  east: boolean;
  urban: boolean;
}

/**
 * Draws an income band index (into INCOME_BANDS) from education, age, household and region,
 * plus noise: correlated like real incomes, but never decided by one fact alone.
 */
export function drawIncomeBand(rng: RandomGenerator, drivers: IncomeDrivers): number {
  const latent =
    (EDUCATION_EFFECT[drivers.education] ?? 0) +
    ageEffect(drivers.age) +
    (HOUSEHOLD_EFFECT[drivers.householdType] ?? 0) +
    (drivers.east ? -0.35 : 0) +
    (drivers.urban ? 0.1 : 0) +
    0.75 * gaussian(rng);
  let band = 0;
  while (band < THRESHOLDS.length && latent > (THRESHOLDS[band] ?? Infinity)) band += 1;
  return band;
}
