import type { Campaign } from './campaign';
import type { AttributeDefinition, CatalogIndex } from './catalog';
import { joinPath } from './issue';
import { referencedSegmentIds, type SegmentLookup } from './rule-references';
import type { SegmentRule } from './segment-rule';
import { isSpecialCategory, type SpecialCategory } from './special-category-law';

/** A saved segment named in a message. */
export interface SegmentName {
  id: string;
  name: string;
}

/** One of the campaign's own segments through which a special-category attribute is used. */
export interface CampaignSegmentUse extends SegmentName {
  role: 'include' | 'exclude';
  /** Where the segment is named in the campaign: `campaign.includeSegmentIds[0]`. */
  path: string;
  /**
   * The segments whose own rule holds a condition on the attribute: this segment itself, or
   * segments it references (directly or further down), which is where the rule must change.
   */
  definedIn: SegmentName[];
}

/** A special-category attribute a campaign uses, and every campaign segment that uses it. */
export interface SpecialCategoryUse {
  key: string;
  label: string;
  category: SpecialCategory;
  segments: CampaignSegmentUse[];
}

/** Why the attributes a campaign uses could not all be known; the check then fails closed. */
export interface UnresolvedUse {
  path: string;
  code: 'unknown_segment' | 'unknown_attribute';
  message: string;
}

/** What `specialCategoryUses` found. */
export interface SpecialCategoryUses {
  uses: SpecialCategoryUse[];
  unresolved: UnresolvedUse[];
}

/** The attribute keys a rule's own conditions name, not following segment references. */
export function ownAttributeKeys(rule: SegmentRule): string[] {
  if ('and' in rule) return rule.and.flatMap(ownAttributeKeys);
  if ('or' in rule) return rule.or.flatMap(ownAttributeKeys);
  if ('not' in rule) return ownAttributeKeys(rule.not);
  if ('attribute' in rule) return [rule.attribute.key];
  return [];
}

/**
 * Every special-category attribute the campaign's included and excluded segments use, in
 * their own rules or through segment references followed to any depth (each segment visited
 * once per campaign segment, so a reference cycle ends the walk instead of looping). A
 * segment that does not exist, or an attribute the catalog lacks, is reported as unresolved:
 * its category cannot be known, so the caller must not treat the campaign as clean.
 */
export function specialCategoryUses(
  campaign: Pick<Campaign, 'includeSegmentIds' | 'excludeSegmentIds'>,
  segments: SegmentLookup,
  catalog: CatalogIndex,
): SpecialCategoryUses {
  const byKey = new Map<string, SpecialCategoryUse>();
  const unresolved: UnresolvedUse[] = [];
  const roles = [
    ['include', 'includeSegmentIds'],
    ['exclude', 'excludeSegmentIds'],
  ] as const;
  for (const [role, list] of roles) {
    campaign[list].forEach((id, index) => {
      const path = joinPath('campaign', list, index);
      const top = segments(id);
      if (!top) {
        unresolved.push({ path, code: 'unknown_segment', message: `unknown segment "${id}"` });
        return;
      }
      const found = new Map<AttributeDefinition, SegmentName[]>();
      const visit = (segment: SavedSegment) => {
        for (const key of new Set(ownAttributeKeys(segment.rule))) {
          const definition = catalog.attributes.get(key);
          if (!definition) {
            unresolved.push({
              path,
              code: 'unknown_attribute',
              message: `segment "${segment.name}" uses attribute "${key}", which is not in the catalog, so its category cannot be checked`,
            });
          } else if (isSpecialCategory(definition.sensitive)) {
            const named = { id: segment.id, name: segment.name };
            found.set(definition, [...(found.get(definition) ?? []), named]);
          }
        }
      };
      const unknown = (missing: string, from: SegmentName) =>
        unresolved.push({
          path,
          code: 'unknown_segment',
          message: `segment "${from.name}" refers to unknown segment "${missing}"`,
        });
      walkReferences(top, segments, visit, unknown);
      for (const [definition, definedIn] of found) {
        const use = byKey.get(definition.key) ?? newUse(definition);
        use.segments.push({ id: top.id, name: top.name, role, path, definedIn });
        byKey.set(definition.key, use);
      }
    });
  }
  return { uses: [...byKey.values()], unresolved };
}

type SavedSegment = SegmentName & { rule: SegmentRule };

function newUse(definition: AttributeDefinition): SpecialCategoryUse {
  return {
    key: definition.key,
    label: definition.label,
    category: definition.sensitive as SpecialCategory,
    segments: [],
  };
}

/**
 * Visits `start` and every segment it references, each once: the segment itself first,
 * then breadth-first in the order the rules name them, so that messages list the nearest
 * segments first.
 */
function walkReferences(
  start: SavedSegment,
  segments: SegmentLookup,
  visit: (segment: SavedSegment) => void,
  unknown: (id: string, from: SegmentName) => void,
): void {
  const seen = new Set<string>([start.id]);
  const pending = [start];
  for (let segment = pending.shift(); segment; segment = pending.shift()) {
    visit(segment);
    for (const id of referencedSegmentIds(segment.rule)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const next = segments(id);
      if (next) pending.push(next);
      else unknown(id, segment);
    }
  }
}
