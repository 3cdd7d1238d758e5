import {
  attributeDistribution,
  countSegment,
  estimateReach,
  segmentComposition,
  segmentMembers,
  segmentOverlap,
  type AudienceContext,
  type Database,
  type MemberPage,
} from '@pinpoint/db';
import type {
  AudienceResult,
  Campaign,
  Composition,
  CompositionOptions,
  ReachEstimateResult,
  ReachOptions,
  SegmentOverlap,
  SegmentRule,
} from '@pinpoint/domain';

/**
 * What answers audience questions: the database (SQL) or the in-memory index. Both give the
 * same answers (property tests show it); the index is faster, the database always there.
 */
export interface AudienceBackend {
  /** `sql` or `index`, reported with every answer. */
  readonly engine: 'sql' | 'index';
  /** The index's version (changes applied so far); null for SQL, which is always current. */
  readonly version: number | null;
  count(rule: SegmentRule, context: AudienceContext): Promise<number>;
  members(
    rule: SegmentRule | null,
    context: AudienceContext,
    page: { limit: number; cursor?: string | null },
  ): Promise<MemberPage>;
  overlap(
    rules: readonly SegmentRule[],
    context: AudienceContext,
  ): Promise<AudienceResult<SegmentOverlap>>;
  composition(
    rule: SegmentRule | null,
    key: string,
    context: AudienceContext,
    options: CompositionOptions,
  ): Promise<AudienceResult<Composition>>;
  reach(
    campaign: Campaign,
    context: AudienceContext,
    options: ReachOptions,
  ): Promise<ReachEstimateResult>;
}

/** Answers from the database: always available, always current. */
export function sqlBackend(db: Database): AudienceBackend {
  return {
    engine: 'sql',
    version: null,
    count: (rule, context) => countSegment(db, rule, context),
    members: (rule, context, page) => segmentMembers(db, rule, context, page),
    overlap: (rules, context) => segmentOverlap(db, rules, context),
    composition: (rule, key, context, options) =>
      rule === null
        ? attributeDistribution(db, key, context, options)
        : segmentComposition(db, rule, key, context, options),
    reach: (campaign, context, options) => estimateReach(db, campaign, context, options),
  };
}
