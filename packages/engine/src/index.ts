export { AudienceIndex } from './audience-index';
export { AudienceIndexBuilder, type AudienceIndexBuilderOptions } from './index-builder';
export type { LayoutTuning } from './layouts';
export {
  DEFAULT_MEMORY_BUDGET_BYTES,
  MemoryBudgetExceededError,
  type IndexMemory,
} from './memory-budget';
export type { MemberPage } from './members';
export { attributeStatsFromParts } from './composition';
export type { StatsPart } from './composition-counts';
export { mergeBucketCounts, mergeMaskCounts, mergeReachCounts } from './shard-merge';
export { mergeOverlapParts, type OverlapPart } from './overlap';
export type { AudienceQuestionContext } from '@pinpoint/domain';
