import {
  attributeDistribution,
  countProfiles,
  countSegment,
  currentChangePosition,
  estimateReach,
  segmentComposition,
  segmentMembers,
  segmentOverlap,
  type AudienceContext,
  type ChangePosition,
  type Database,
  type MemberPage,
} from '@pinpoint/db';
import {
  MAX_OVERLAP_RULES,
  type AudienceResult,
  type Campaign,
  type Composition,
  type CompositionOptions,
  type ReachEstimateResult,
  type ReachOptions,
  type SegmentOverlap,
  type SegmentRule,
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
  /** Profiles in the workspace: what sizes are a share of. */
  population(): Promise<number>;
  /**
   * Which state of the workspace's data the answers are taken over: partner noise is keyed by
   * it, so that a count over changed data gets fresh noise (and is paid for) instead of the old
   * noise on a new count, whose difference would be exact.
   */
  dataPosition(): Promise<ChangePosition>;
  count(rule: SegmentRule, context: AudienceContext): Promise<number>;
  /** The sizes of several (validated) rules, in their order, as cheaply as the backend can. */
  counts(rules: readonly SegmentRule[], context: AudienceContext): Promise<number[]>;
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
export function sqlBackend(db: Database, workspaceId: string): AudienceBackend {
  return {
    engine: 'sql',
    version: null,
    population: () => countProfiles(db, workspaceId),
    dataPosition: () => currentChangePosition(db, workspaceId),
    count: (rule, context) => countSegment(db, rule, context),
    counts: (rules, context) => countsInPasses(db, rules, context),
    members: (rule, context, page) => segmentMembers(db, rule, context, page),
    overlap: (rules, context) => segmentOverlap(db, rules, context),
    composition: (rule, key, context, options) =>
      rule === null
        ? attributeDistribution(db, key, context, options)
        : segmentComposition(db, rule, key, context, options),
    reach: (campaign, context, options) => estimateReach(db, campaign, context, options),
  };
}

/**
 * Sizes of many rules with one scan of the profiles per `MAX_OVERLAP_RULES` rules: the overlap
 * query counts profiles per membership mask, which gives every size at once, where a count per
 * rule would scan once each.
 */
async function countsInPasses(
  db: Database,
  rules: readonly SegmentRule[],
  context: AudienceContext,
): Promise<number[]> {
  const sizes: number[] = [];
  for (let start = 0; start < rules.length; start += MAX_OVERLAP_RULES) {
    const pass = await segmentOverlap(db, rules.slice(start, start + MAX_OVERLAP_RULES), context);
    // Between 1 and MAX_OVERLAP_RULES validated rules cannot be refused; if they are, it is a bug.
    if (!pass.ok) throw new Error(`sizes in one pass: ${JSON.stringify(pass.issues)}`);
    sizes.push(...pass.value.sizes);
  }
  return sizes;
}
