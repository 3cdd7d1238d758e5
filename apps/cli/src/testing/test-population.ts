import { indexCatalog, type AudienceQuestionContext, type Profile } from '@pinpoint/domain';
import { demoCatalog, demoSegmentLookup, generatePopulation } from '@pinpoint/population';

/** The instant the test population's history ends at; tests ask questions at it. */
export const TEST_AS_OF = new Date('2026-06-01T00:00:00.000Z');
/** `--as-of` for `TEST_AS_OF`. */
export const AS_OF = '2026-06-01';
/** Seed and size of the population every test database holds. */
export const TEST_SEED = 11;
export const TEST_SIZE = 400;

/**
 * The test population in memory, straight from the generator, with what the domain's
 * reference evaluators need: expected answers computed without any database.
 */
export function referencePopulation(): { profiles: Profile[]; context: AudienceQuestionContext } {
  return {
    profiles: [...generatePopulation({ seed: TEST_SEED, size: TEST_SIZE, asOf: TEST_AS_OF })],
    context: { asOf: TEST_AS_OF, segments: demoSegmentLookup, catalog: indexCatalog(demoCatalog) },
  };
}
