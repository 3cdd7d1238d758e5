import {
  campaignRules,
  checkOverlapRules,
  checkReachRequest,
  reachFromCounts,
  type AudienceQuestionContext,
  type AudienceResult,
  type Campaign,
  type Catalog,
  type Composition,
  type CompositionOptions,
  type EvaluationContext,
  type Profile,
  type ReachEstimateResult,
  type ReachOptions,
  type SegmentOverlap,
  type SegmentRule,
} from '@pinpoint/domain';
import { compositionAcross } from './composition';
import { clearHoldoutDraws, holdoutBytes } from './holdout-draw';
import type { LayoutTuning } from './layouts';
import type { IndexMemory } from './memory-budget';
import { memberPage, type MemberPage } from './members';
import { mergeOverlapParts, overlapPart } from './overlap';
import { ProfileOverlay } from './profile-overlay';
import { reachCounts } from './reach-counts';
import { mergeReachCounts } from './shard-merge';
import { evaluateRule } from './rule-evaluation';
import type { AudienceShard } from './shard';
import { countTerm } from './term';

/**
 * An in-memory audience index answering the questions of the SQL path (`countSegment`,
 * `segmentMembers`, overlap, composition, reach) with exactly the same results, over dense
 * bitsets. It is one large immutable base shard plus a small delta shard of profiles upserted
 * since the build; deletes and replacements clear rows from the base's validity mask, so a
 * change is visible to the next question at once.
 */
export class AudienceIndex {
  private versionNumber = 1;
  private readonly overlay: ProfileOverlay;

  /** Built by `AudienceIndexBuilder`. */
  constructor(catalog: Catalog, base: AudienceShard, tuning?: LayoutTuning) {
    this.overlay = new ProfileOverlay(catalog, base, tuning);
  }

  /** Increments on every change (upsert or delete that changed something). */
  get version(): number {
    return this.versionNumber;
  }

  /** Live profiles. */
  size(): number {
    return this.overlay.size();
  }

  /** Bytes held, measured from the typed arrays, per part. */
  memory(): IndexMemory {
    const parts: Record<string, number> = {};
    for (const shard of this.shards()) {
      for (const [part, bytes] of Object.entries(shard.memoryParts()))
        parts[part] = (parts[part] ?? 0) + bytes;
      parts.holdoutDraws = (parts.holdoutDraws ?? 0) + holdoutBytes(shard);
    }
    parts.overlay = this.overlay.profileBytes();
    const totalBytes = Object.values(parts).reduce((a, b) => a + b, 0);
    const size = this.size();
    return { totalBytes, bytesPerProfile: size === 0 ? 0 : totalBytes / size, parts };
  }

  /** Members of the segment `rule` selects (`countSegment`). */
  count(rule: SegmentRule, context: EvaluationContext): number {
    let total = 0;
    for (const shard of this.shards()) {
      try {
        const term = evaluateRule(shard, rule, context);
        total += countTerm([...term, { bits: shard.valid, negate: false }], shard.words);
      } finally {
        shard.pool.releaseAll();
      }
    }
    return total;
  }

  /** A page of member ids in id order; null rule: everyone (`segmentMembers`). */
  members(
    rule: SegmentRule | null,
    context: EvaluationContext,
    page: { limit: number; cursor?: string | null },
  ): MemberPage {
    return memberPage(this.shards(), rule, context, page);
  }

  /** Sizes, pairwise intersections and union of 1 to 20 segments. */
  overlap(
    rules: readonly SegmentRule[],
    context: EvaluationContext,
  ): AudienceResult<SegmentOverlap> {
    const checked = checkOverlapRules(rules);
    if (!checked.ok) return checked;
    const parts = this.shards().map((shard) => {
      try {
        return overlapPart(shard, rules, context);
      } finally {
        shard.pool.releaseAll();
      }
    });
    return { ok: true, value: mergeOverlapParts(rules.length, parts) };
  }

  /** The segment (null: everyone) broken down by attribute `key`, against the population. */
  composition(
    rule: SegmentRule | null,
    key: string,
    context: AudienceQuestionContext,
    options: CompositionOptions = {},
  ): AudienceResult<Composition> {
    return compositionAcross(this.shards(), rule, key, context, options);
  }

  /** Who a campaign would reach at `context.asOf`, over which channels, at what cost. */
  reach(
    campaign: Campaign,
    context: AudienceQuestionContext,
    options: ReachOptions = {},
  ): ReachEstimateResult {
    const checked = checkReachRequest(campaign, context.segments, options.budget);
    if (!checked.ok) return checked;
    const rules = campaignRules(campaign, context.catalog);
    const parts = this.shards().map((shard) => {
      try {
        return reachCounts(shard, campaign, rules, context);
      } finally {
        shard.pool.releaseAll();
      }
    });
    return { ok: true, value: reachFromCounts(campaign, mergeReachCounts(parts), options) };
  }

  /** Replaces whole profiles by id, adding the new ones; visible to the next question. */
  upsert(profiles: readonly Profile[]): void {
    if (profiles.length === 0) return;
    this.overlay.upsert(profiles);
    this.versionNumber += 1;
  }

  /** Deletes profiles by id; returns how many existed. */
  delete(ids: readonly string[]): number {
    const deleted = this.overlay.delete(ids);
    if (deleted > 0) this.versionNumber += 1;
    return deleted;
  }

  /** Forgets cached rule nodes and holdout draws: for benchmarks that time cold questions. */
  clearCaches(): void {
    for (const shard of this.shards()) {
      shard.cache.clear();
      clearHoldoutDraws(shard);
    }
  }

  private shards(): AudienceShard[] {
    return this.overlay.shards();
  }
}
