import type { Catalog } from '../catalog/use-catalog';
import type { ConditionKind, RuleJson } from '../rule/rule-tree';
import type { SegmentOption } from './builder-context';

/** Kinds of condition the "add" menu offers, with their labels. */
export const conditionKinds: { kind: ConditionKind; label: string }[] = [
  { kind: 'attribute', label: 'Attribute' },
  { kind: 'interest', label: 'Interest' },
  { kind: 'event', label: 'Event' },
  { kind: 'score', label: 'Score' },
  { kind: 'reachable', label: 'Reachable on' },
  { kind: 'segment', label: 'Member of segment' },
];

/**
 * A new condition of `kind`, filled with the first catalog entry so that it counts at once;
 * an attribute condition starts with no attribute picked.
 */
export function newCondition(
  kind: ConditionKind,
  catalog: Catalog,
  segments: readonly SegmentOption[],
): RuleJson {
  switch (kind) {
    case 'attribute':
      return { attribute: { key: '', op: 'exists' } };
    case 'interest':
      return { interest: { topic: catalog.interests[0]?.key ?? '', minAffinity: 0.5 } };
    case 'event':
      return { event: { type: catalog.eventTypes[0]?.key ?? '', withinDays: 30, atLeast: 1 } };
    case 'score':
      return { score: { model: catalog.scoreModels[0]?.key ?? '', op: 'gte', value: 0.5 } };
    case 'reachable':
      return { reachable: { channel: catalog.channels[0] ?? 'email' } };
    case 'segment':
      return { segment: { id: segments[0]?.id ?? '' } };
  }
}
