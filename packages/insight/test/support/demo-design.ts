import type { Profile } from '@pinpoint/domain';
import { DEMO_AS_OF, demoCatalog, generatePopulation } from '@pinpoint/population';
import type { DesignMatrix } from '../../src/design-matrix';
import {
  encodeProfiles,
  type FeatureEncoder,
  type FeatureOptions,
  fitFeatureEncoder,
} from '../../src/features';

/**
 * How the tests and the benchmark encode the demo population: birth date is left out because
 * age says the same, and urban is the reference urbanity so that the example truth can name
 * the rural column whatever the sample's most frequent level.
 */
export const DEMO_FEATURE_OPTIONS: FeatureOptions = {
  asOf: DEMO_AS_OF,
  exclude: ['birth_date'],
  referenceLevels: { urbanity: 'urban' },
};

/** Demo profiles `start … start + size − 1` of the population of `seed`. */
export function demoProfiles(seed: number, size: number, start = 0): Profile[] {
  return [...generatePopulation({ seed, size, start, asOf: DEMO_AS_OF })];
}

/** Demo profiles, an encoder fitted on them, and their design matrix. */
export function demoDesign(
  seed: number,
  size: number,
): { profiles: Profile[]; encoder: FeatureEncoder; design: DesignMatrix } {
  const profiles = demoProfiles(seed, size);
  const encoder = fitFeatureEncoder(demoCatalog, profiles, DEMO_FEATURE_OPTIONS);
  return { profiles, encoder, design: encodeProfiles(encoder, profiles) };
}
