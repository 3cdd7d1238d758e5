/**
 * Test helpers for packages that check an evaluator against the reference semantics:
 * fast-check arbitraries for catalogs, profiles and rules, and a small fixed catalog.
 * Imported as `@pinpoint/domain/testing`; never from production code.
 */
export * from './arbitraries';
export * from './profile-arbitraries';
export * from './test-catalog';
export * from './values';
export * from './campaign-arbitraries';
export * from './template-catalog';
