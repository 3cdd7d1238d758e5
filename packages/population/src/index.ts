export { PARTIES, RELIGIONS, type Party, type Religion } from './beliefs';
export { demoCatalog } from './demo-catalog';
export { DEMO_SEGMENT_IDS, demoSegmentLookup, demoSegments } from './demo-segments';
export {
  EDUCATION_LEVELS,
  GENDERS,
  HOUSEHOLD_TYPES,
  MAX_AGE,
  MIN_AGE,
  type EducationLevel,
  type Gender,
  type HouseholdType,
} from './demographics';
export { EVENT_TYPES } from './events';
export { INCOME_BANDS, type IncomeBand } from './income';
export { INTEREST_TOPICS, type TopicProfile } from './interest-topics';
export { DEMO_AS_OF, DEMO_SEED, generatePopulation, type PopulationOptions } from './population';
export { externalIdFor, generateProfile } from './profile-generator';
export {
  REGION_CODES,
  REGIONS,
  URBANITIES,
  type Region,
  type RegionCode,
  type RegionGroup,
  type Urbanity,
} from './regions';
export { SCORE_MODELS } from './scores';
