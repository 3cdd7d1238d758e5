import { weightedTable } from './weighted-table';

/** The 16 German Länder by their usual two-letter codes. */
// prettier-ignore
export const REGION_CODES = [
  'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH',
] as const;
/** A Land code. */
export type RegionCode = (typeof REGION_CODES)[number];

/** How densely a person's place of residence is built up. */
export const URBANITIES = ['urban', 'suburban', 'rural'] as const;
/** Urban, suburban or rural. */
export type Urbanity = (typeof URBANITIES)[number];

/** Political geography used by the affinity tables: the East votes differently, and so do the city states. */
export type RegionGroup = 'west' | 'east' | 'city';

/** One Land with the facts the generator draws from. */
export interface Region {
  readonly code: RegionCode;
  readonly label: string;
  /** Share of Germany's population in percent (Destatis, end of 2023, rounded). */
  readonly share: number;
  /** Shares of urban, suburban and rural residents (rough, from settlement-structure types). */
  readonly urbanity: readonly [number, number, number];
  readonly group: RegionGroup;
}

/** The Länder in REGION_CODES order. */
// prettier-ignore
export const REGIONS: readonly Region[] = [
  { code: 'BW', label: 'Baden-Württemberg', share: 13.4, urbanity: [30, 42, 28], group: 'west' },
  { code: 'BY', label: 'Bayern', share: 15.9, urbanity: [28, 32, 40], group: 'west' },
  { code: 'BE', label: 'Berlin', share: 4.4, urbanity: [92, 8, 0], group: 'city' },
  { code: 'BB', label: 'Brandenburg', share: 3.0, urbanity: [14, 38, 48], group: 'east' },
  { code: 'HB', label: 'Bremen', share: 0.8, urbanity: [90, 10, 0], group: 'city' },
  { code: 'HH', label: 'Hamburg', share: 2.2, urbanity: [94, 6, 0], group: 'city' },
  { code: 'HE', label: 'Hessen', share: 7.6, urbanity: [32, 42, 26], group: 'west' },
  { code: 'MV', label: 'Mecklenburg-Vorpommern', share: 1.9, urbanity: [15, 22, 63], group: 'east' },
  { code: 'NI', label: 'Niedersachsen', share: 9.7, urbanity: [22, 35, 43], group: 'west' },
  { code: 'NW', label: 'Nordrhein-Westfalen', share: 21.6, urbanity: [46, 40, 14], group: 'west' },
  { code: 'RP', label: 'Rheinland-Pfalz', share: 4.9, urbanity: [18, 37, 45], group: 'west' },
  { code: 'SL', label: 'Saarland', share: 1.2, urbanity: [18, 50, 32], group: 'west' },
  { code: 'SN', label: 'Sachsen', share: 4.9, urbanity: [34, 26, 40], group: 'east' },
  { code: 'ST', label: 'Sachsen-Anhalt', share: 2.6, urbanity: [22, 24, 54], group: 'east' },
  { code: 'SH', label: 'Schleswig-Holstein', share: 3.5, urbanity: [20, 36, 44], group: 'west' },
  { code: 'TH', label: 'Thüringen', share: 2.5, urbanity: [20, 25, 55], group: 'east' },
];

/** Region indexes (into REGIONS) weighted by population share. */
export const REGION_TABLE = weightedTable(
  REGIONS.map((region, index) => [index, region.share] as const),
);

/** Per region, urbanity indexes (into URBANITIES) weighted by the region's settlement mix. */
export const URBANITY_TABLES = REGIONS.map((region) =>
  weightedTable(region.urbanity.map((weight, index) => [index, weight] as const)),
);
