import { tableOf, type WeightedTable } from './weighted-table';

/** Youngest and oldest age generated: the electorate, with everyone over 95 folded into 95. */
export const MIN_AGE = 18;
export const MAX_AGE = 95;

/**
 * Residents per year of age (millions), read off Destatis' 2023 age structure at the middle
 * of each five-year group and interpolated linearly: the baby-boomer bulge in the late 50s,
 * the dip of those born around 1945 and the thin cohorts after 1970 are all visible.
 */
// prettier-ignore
const AGE_ANCHORS: readonly (readonly [number, number])[] = [
  [18, 0.8], [22, 0.89], [27, 0.96], [32, 1.12], [37, 1.11], [42, 1.03], [47, 0.99], [52, 1.15],
  [57, 1.36], [62, 1.26], [67, 1.07], [72, 0.86], [77, 0.66], [82, 0.71], [87, 0.37], [92, 0.15], [95, 0.2],
];

function interpolate(anchors: readonly (readonly [number, number])[], x: number): number {
  let previous = anchors[0] ?? [x, 0];
  for (const anchor of anchors) {
    if (x <= anchor[0]) {
      const span = anchor[0] - previous[0];
      return span === 0
        ? anchor[1]
        : previous[1] + ((anchor[1] - previous[1]) * (x - previous[0])) / span;
    }
    previous = anchor;
  }
  return previous[1];
}

const AGES = Array.from({ length: MAX_AGE - MIN_AGE + 1 }, (_, offset) => MIN_AGE + offset);

/** Ages 18–95 weighted like Germany's adult population. */
export const AGE_TABLE: WeightedTable<number> = tableOf(
  AGES,
  AGES.map((age) => interpolate(AGE_ANCHORS, age)),
);

/** Life stage used by the conditional tables: 18–29, 30–44, 45–64, 65–79, 80+. */
export function ageBand(age: number): number {
  return age < 30 ? 0 : age < 45 ? 1 : age < 65 ? 2 : age < 80 ? 3 : 4;
}

/** Genders as the register knows them. */
export const GENDERS = ['female', 'male', 'diverse'] as const;
/** A gender value. */
export type Gender = (typeof GENDERS)[number];

/** Women outlive men, so the female share rises with age. Index 0 female, 1 male, 2 diverse. */
export const GENDER_TABLES = [49.2, 49.4, 50.2, 54, 62].map((female) =>
  tableOf([0, 1, 2], [female, 99.8 - female, 0.2]),
);

/** Highest school or university qualification, lowest first. */
export const EDUCATION_LEVELS = [
  'none',
  'lower_secondary',
  'intermediate',
  'upper_secondary',
  'tertiary',
] as const;
/** An education level. */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/**
 * Education shares by age band (Mikrozensus-like): younger cohorts have far more Abitur and
 * degrees (many under-30s are still studying), older ones far more Hauptschule.
 */
const EDUCATION_BY_AGE = [
  [4, 14, 28, 40, 14],
  [4, 16, 28, 22, 30],
  [3, 27, 32, 16, 22],
  [3, 45, 25, 10, 17],
  [4, 62, 18, 7, 9],
];
/** Degrees cluster in cities; the East's ten-year POS school turned Hauptschule into mittlere Reife. */
const EDUCATION_BY_URBANITY = [
  [1, 0.85, 1, 1.3, 1.35],
  [1, 1, 1, 1, 1],
  [1.1, 1.2, 1.05, 0.75, 0.7],
];
const EAST_EDUCATION = [0.8, 0.4, 1.7, 1, 1];

/** Education level indexes by [age band][urbanity][east ? 1 : 0]. */
export const EDUCATION_TABLES = EDUCATION_BY_AGE.map((byAge, band) =>
  EDUCATION_BY_URBANITY.map((byUrbanity) =>
    [false, true].map((east) =>
      tableOf(
        [0, 1, 2, 3, 4],
        byAge.map((share, level) => {
          const eastFactor = east && band >= 2 ? (EAST_EDUCATION[level] ?? 1) : 1;
          return share * (byUrbanity[level] ?? 1) * eastFactor;
        }),
      ),
    ),
  ),
);

/** Living arrangements. */
export const HOUSEHOLD_TYPES = [
  'single',
  'couple',
  'family',
  'single_parent',
  'shared',
  'with_parents',
] as const;
/** A household type. */
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

const HOUSEHOLD_BY_AGE = [
  [22, 18, 10, 3, 17, 30],
  [22, 20, 48, 7, 2, 1],
  [22, 40, 30, 5, 1, 2],
  [30, 62, 3, 1, 1, 0],
  [55, 40, 2, 0, 3, 0],
];
/** City people live alone or in flat-shares more often; families settle further out. */
const HOUSEHOLD_BY_URBANITY = [
  [1.35, 1, 0.8, 1.05, 1.6, 0.9],
  [0.95, 1, 1.05, 1, 0.8, 1],
  [0.8, 1, 1.2, 0.9, 0.5, 1.2],
];

/** Household type indexes by [age band][urbanity]. */
export const HOUSEHOLD_TABLES = HOUSEHOLD_BY_AGE.map((byAge) =>
  HOUSEHOLD_BY_URBANITY.map((byUrbanity) =>
    tableOf(
      [0, 1, 2, 3, 4, 5],
      byAge.map((share, type) => share * (byUrbanity[type] ?? 1)),
    ),
  ),
);

/** Household sizes per household type (same order as HOUSEHOLD_TYPES). */
export const HOUSEHOLD_SIZE_TABLES: readonly WeightedTable<number>[] = [
  tableOf([1], [1]),
  tableOf([2], [1]),
  tableOf([3, 4, 5, 6], [40, 40, 14, 6]),
  tableOf([2, 3, 4], [65, 28, 7]),
  tableOf([2, 3, 4, 5], [45, 35, 15, 5]),
  tableOf([2, 3, 4, 5], [20, 35, 30, 15]),
];

/** Whether a household type has children living in it. */
export function hasChildren(householdType: number): boolean {
  return householdType === 2 || householdType === 3;
}
