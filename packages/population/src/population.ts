import type { Profile } from '@pinpoint/domain';
import { asOfParts } from './calendar';
import { profileAt } from './profile-generator';

/** What to generate: which population (`seed`), which slice of it, and as of when. */
export interface PopulationOptions {
  /** Any safe integer; the same seed gives the same people on every machine. */
  seed: number;
  /** How many profiles to generate. */
  size: number;
  /**
   * The instant the population is described at: ages and birth dates agree on this day,
   * and every event, signup and consent lies at or before it.
   */
  asOf: Date;
  /** Index of the first profile (default 0), so that slices can be generated in parallel. */
  start?: number;
}

/** A fixed reference instant for demos and tests, so that the demo data never drifts. */
export const DEMO_AS_OF = new Date('2025-06-01T00:00:00.000Z');

/** The seed of the standard demo population. */
export const DEMO_SEED = 20_250_601;

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer; got ${value}`);
  }
}

/**
 * Lazily yields profiles `start` … `start + size − 1` of the population of `seed`, one at
 * a time, so that millions can be streamed (e.g. into COPY) without holding them. Each
 * profile depends only on (seed, index, asOf): splitting a run into slices gives exactly the
 * same profiles. Throws a RangeError for a seed that is not a safe integer, a negative or
 * fractional size or start, or an invalid asOf.
 */
export function* generatePopulation(
  options: PopulationOptions,
): Generator<Profile, void, undefined> {
  const { seed, size, start = 0 } = options;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer; got ${seed}`);
  checkCount('size', size);
  checkCount('start', start);
  const asOf = asOfParts(options.asOf);
  for (let index = start; index < start + size; index += 1) {
    yield profileAt(seed, index, asOf);
  }
}
