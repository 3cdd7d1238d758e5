import { REGIONS, type RegionGroup } from './regions';
import { tableOf, type WeightedTable } from './weighted-table';

/**
 * Party a person leans to (GDPR Art. 9: political opinion). Known only for people who told
 * us (members far more often), so most profiles lack it.
 */
export const PARTIES = [
  'cdu_csu',
  'spd',
  'gruene',
  'fdp',
  'afd',
  'linke',
  'bsw',
  'other',
  'none',
] as const;
/** A party affinity value. */
export type Party = (typeof PARTIES)[number];

/** Human-readable party names, for the catalog description. */
export const PARTY_LABELS: Record<Party, string> = {
  cdu_csu: 'CDU/CSU',
  spd: 'SPD',
  gruene: 'Bündnis 90/Die Grünen',
  fdp: 'FDP',
  afd: 'AfD',
  linke: 'Die Linke',
  bsw: 'BSW',
  other: 'another party',
  none: 'no party',
};

/** Shares by region group, shaped like the 2025 federal election (West, East, city states). */
const PARTY_BY_GROUP: Record<RegionGroup, readonly number[]> = {
  west: [31, 17, 12, 4.5, 17, 7, 4, 5, 2.5],
  east: [19, 10, 5, 3, 36, 11, 10, 4, 2],
  city: [20, 16, 18, 4, 12, 17, 5, 6, 2],
};
/** Age multipliers per band: the young lean Green and Left, the old to the two big parties. */
const PARTY_BY_AGE: readonly (readonly number[])[] = [
  [0.55, 0.7, 1.4, 1.2, 1.05, 2.2, 0.8, 1.4, 1.2],
  [0.8, 0.8, 1.2, 1.2, 1.25, 1.1, 0.9, 1.1, 1],
  [1, 1, 0.9, 1, 1.1, 0.8, 1.1, 0.9, 1],
  [1.35, 1.45, 0.75, 0.9, 0.75, 0.7, 1.2, 0.7, 1],
  [1.6, 1.5, 0.6, 0.9, 0.55, 0.5, 1, 0.6, 1],
];

/** Party indexes by [region group][age band]. */
export const PARTY_TABLES: Record<RegionGroup, WeightedTable<number>[]> = {
  west: partyTables('west'),
  east: partyTables('east'),
  city: partyTables('city'),
};

function partyTables(group: RegionGroup) {
  return PARTY_BY_AGE.map((byAge) =>
    tableOf(
      [0, 1, 2, 3, 4, 5, 6, 7, 8],
      PARTY_BY_GROUP[group].map((share, party) => share * (byAge[party] ?? 1)),
    ),
  );
}

/** Religious affiliation (GDPR Art. 9: religious belief). */
export const RELIGIONS = ['catholic', 'protestant', 'muslim', 'orthodox', 'other', 'none'] as const;
/** A religion value. */
export type Religion = (typeof RELIGIONS)[number];

/**
 * Church members per Land in percent (Catholic, Protestant; church statistics 2022,
 * rounded): Catholic south and west, Protestant north, largely unaffiliated East.
 */
// prettier-ignore
const CHURCH_BY_REGION: Record<string, readonly [number, number]> = {
  BW: [31, 26], BY: [47, 17], BE: [7, 13], BB: [3, 14], HB: [9, 30], HH: [9, 22], HE: [22, 32], MV: [3, 13],
  NI: [16, 42], NW: [36, 21], RP: [39, 25], SL: [53, 16], SN: [4, 16], ST: [3, 11], SH: [5, 40], TH: [7, 19],
};
/** Church membership rises with age; Muslim share falls with it. Per age band. */
const CHURCH_BY_AGE = [0.7, 0.85, 1, 1.3, 1.5];
const MUSLIM_BY_AGE = [1.6, 1.3, 0.9, 0.4, 0.2];

/** Religion indexes by [region][age band] for families with German names. */
export const RELIGION_TABLES = REGIONS.map((region) =>
  CHURCH_BY_AGE.map((church, band) => {
    const [catholic, protestant] = CHURCH_BY_REGION[region.code] ?? [20, 20];
    // Most Muslim and Orthodox Germans have Turkish, Arab or East European names, drawn separately.
    const muslim = (region.group === 'east' ? 0.3 : 1) * (MUSLIM_BY_AGE[band] ?? 1);
    const orthodox = region.group === 'east' ? 0.3 : 0.8;
    const affiliated = catholic * church + protestant * church + muslim + orthodox + 1.5;
    return tableOf(
      [0, 1, 2, 3, 4, 5],
      [
        catholic * church,
        protestant * church,
        muslim,
        orthodox,
        1.5,
        Math.max(5, 100 - affiliated),
      ],
    );
  }),
);

/** Religion indexes for families with Turkish or Arabic names. */
export const MUSLIM_FAMILY_RELIGION_TABLE = tableOf([0, 1, 2, 3, 4, 5], [1, 1, 78, 3, 2, 15]);

/** Polish and Italian families are mostly Catholic, Russian-German ones Protestant or Orthodox. */
export const ORIGIN_RELIGION_TABLES: Partial<Record<string, WeightedTable<number>>> = {
  pl: tableOf([0, 1, 2, 3, 4, 5], [70, 3, 0, 1, 1, 25]),
  it: tableOf([0, 1, 2, 3, 4, 5], [70, 2, 0, 0, 1, 27]),
  ru: tableOf([0, 1, 2, 3, 4, 5], [5, 30, 1, 25, 4, 35]),
  tr: MUSLIM_FAMILY_RELIGION_TABLE,
  ar: MUSLIM_FAMILY_RELIGION_TABLE,
};
