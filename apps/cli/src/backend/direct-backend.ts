import {
  countProfiles,
  countSegment,
  createSegment,
  eraseProfile,
  estimateReach,
  getSegments,
  listSegments,
  loadCatalog,
  loadAudienceContext,
  segmentComposition,
  segmentOverlap,
  type AudienceContext,
  type Database,
} from '@pinpoint/db';
import {
  CHANNELS,
  joinPath,
  MAX_OVERLAP_RULES,
  validateRule,
  type Issue,
  type SegmentRule,
} from '@pinpoint/domain';
import type { Answer, PinpointBackend, SegmentTarget } from './backend';
import { previewMessage, resolveCampaign } from './direct-messages';

const ruleOf = (target: SegmentTarget): unknown =>
  'id' in target ? ({ segment: { id: target.id } } satisfies SegmentRule) : target.rule;

/**
 * Answers from the database, with the db and domain functions the API's services use and
 * the same issue paths (`segment.…`, `segments[1].…`, `campaign.…`), so that a command
 * prints the same thing whichever backend answers. Always SQL: a one-shot command would
 * spend longer building the in-memory index than asking.
 */
export function directBackend(
  db: Database,
  workspaceId: string,
  description: string,
  /** The key of the workspace's audit pseudonyms; asked for only when erasing. */
  auditSecret: () => Uint8Array,
): PinpointBackend {
  const contexts = new Map<number, Promise<AudienceContext>>();
  const contextAt = (asOf: Date = new Date()) => {
    let context = contexts.get(asOf.getTime());
    if (!context) {
      context = loadAudienceContext(db, workspaceId, asOf);
      contexts.set(asOf.getTime(), context);
    }
    return context;
  };
  const checked = async (
    target: SegmentTarget,
    path: string,
    asOf?: Date,
  ): Promise<Answer<{ rule: SegmentRule; context: AudienceContext }>> => {
    const context = await contextAt(asOf);
    const result = validateRule(ruleOf(target), context, path);
    return result.ok ? { ok: true, value: { rule: result.rule, context } } : result;
  };
  /** Sizes of saved segments, up to MAX_OVERLAP_RULES per scan of the profiles. */
  const sizesOf = async (ids: readonly string[], asOf?: Date): Promise<Map<string, number>> => {
    const context = await contextAt(asOf);
    const sizes = new Map<string, number>();
    for (let start = 0; start < ids.length; start += MAX_OVERLAP_RULES) {
      const chunk = ids.slice(start, start + MAX_OVERLAP_RULES);
      const overlap = await segmentOverlap(
        db,
        chunk.map((id): SegmentRule => ({ segment: { id } })),
        context,
      );
      // Saved segments are valid by construction; an issue here is a bug, not bad input.
      if (!overlap.ok)
        throw new Error(`sizes of saved segments: ${JSON.stringify(overlap.issues)}`);
      chunk.forEach((id, i) => sizes.set(id, overlap.value.sizes[i] ?? 0));
    }
    return sizes;
  };

  return {
    description,
    async catalog() {
      const catalog = await loadCatalog(db, workspaceId);
      return {
        ...catalog,
        attributes: catalog.attributes.map((a) => ({
          key: a.key,
          label: a.label,
          description: a.description,
          type: a.type,
          values: a.type === 'enum' ? a.values : [],
          unit: a.unit ?? null,
          sensitive: a.sensitive,
        })),
        channels: [...CHANNELS],
      };
    },
    async listSegments({ sizes, asOf }) {
      const segments = await listSegments(db, workspaceId);
      const counted = sizes
        ? await sizesOf(
            segments.map((s) => s.id),
            asOf,
          )
        : new Map<string, number>();
      return segments.map(({ id, name, description }) => ({
        id,
        name,
        description,
        size: counted.get(id) ?? null,
      }));
    },
    async getSegment(id, asOf) {
      const segment = (await getSegments(db, workspaceId, [id])).get(id);
      if (!segment) return null;
      const size = (await sizesOf([id], asOf)).get(id) ?? 0;
      return { ...segment, size };
    },
    async createSegment(input) {
      const created = await createSegment(db, workspaceId, input);
      if (!created.ok) return created;
      const size = (await sizesOf([created.value.id])).get(created.value.id) ?? 0;
      return { ok: true, value: { ...created.value, size } };
    },
    async count(target, asOf) {
      const result = await checked(target, 'segment', asOf);
      if (!result.ok) return result;
      const { rule, context } = result.value;
      const [size, population] = await Promise.all([
        countSegment(db, rule, context),
        countProfiles(db, workspaceId),
      ]);
      const share = population === 0 ? 0 : size / population;
      return { ok: true, value: { size, population, share, asOf: context.asOf } };
    },
    async overlap(targets, asOf) {
      const rules: SegmentRule[] = [];
      const issues: Issue[] = [];
      for (const [i, target] of targets.entries()) {
        const result = await checked(target, joinPath('segments', i), asOf);
        if (result.ok) rules.push(result.value.rule);
        else issues.push(...result.issues);
      }
      if (issues.length > 0) return { ok: false, issues };
      const context = await contextAt(asOf);
      const overlap = await segmentOverlap(db, rules, context);
      return overlap.ok ? { ok: true, value: { ...overlap.value, asOf: context.asOf } } : overlap;
    },
    async composition(target, attribute, { buckets, asOf }) {
      const result = await checked(target, 'segment', asOf);
      if (!result.ok) return result;
      const { rule, context } = result.value;
      const composition = await segmentComposition(
        db,
        rule,
        attribute,
        context,
        buckets ? { edges: buckets } : {},
      );
      if (!composition.ok)
        // The option is called `buckets` on every surface; issues name it so.
        return {
          ok: false,
          issues: composition.issues.map((i) => ({
            ...i,
            path: i.path.replace(/^edges/, 'buckets'),
          })),
        };
      const { key, label, type, unit } = composition.value.attribute;
      return {
        ok: true,
        value: {
          ...composition.value,
          attribute: { key, label, type, unit: unit ?? null },
          asOf: context.asOf,
        },
      };
    },
    async reach(target, { budget, asOf }) {
      const campaign = await resolveCampaign(db, workspaceId, target);
      if (!campaign.ok) return campaign;
      const context = await contextAt(asOf);
      const estimate = await estimateReach(db, campaign.value, context, { budget: budget ?? null });
      return estimate.ok
        ? { ok: true, value: { ...estimate.value, asOf: context.asOf } }
        : estimate;
    },
    preview: (variant, profile) => previewMessage(db, workspaceId, variant, profile),
    async eraseProfile(profile) {
      const erased = await eraseProfile(db, workspaceId, profile, {
        auditSecret: auditSecret(),
        actor: { actorKind: 'cli' },
      });
      return { ok: true, value: erased };
    },
    close: () => db.close(),
  };
}
