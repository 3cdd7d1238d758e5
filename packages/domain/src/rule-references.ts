import type { SegmentRule } from './segment-rule';

/** A saved segment as rule evaluation and validation need it. */
export interface SegmentDefinition {
  id: string;
  name: string;
  rule: SegmentRule;
}

/** Finds a saved segment by id; undefined when there is none. */
export type SegmentLookup = (id: string) => SegmentDefinition | undefined;

/** The ids of the segments a rule references directly, in the order they appear. */
export function referencedSegmentIds(rule: SegmentRule): string[] {
  if ('and' in rule) return rule.and.flatMap(referencedSegmentIds);
  if ('or' in rule) return rule.or.flatMap(referencedSegmentIds);
  if ('not' in rule) return referencedSegmentIds(rule.not);
  if ('segment' in rule) return [rule.segment.id];
  return [];
}

/**
 * Follows segment references from `startId` and returns the first cycle found, as segment
 * names from the start of the cycle back to it (`["Young", "Urban", "Young"]`), or null.
 * `selfId` is the segment being saved: a chain that leads back to it is a cycle too, even
 * before it is stored.
 */
export function segmentReferenceCycle(
  startId: string,
  lookup: SegmentLookup,
  selfId?: string,
): string[] | null {
  const name = (id: string) => lookup(id)?.name ?? id;
  const acyclic = new Set<string>();
  const stack: string[] = selfId === undefined ? [] : [selfId];

  const visit = (id: string): string[] | null => {
    const seen = stack.indexOf(id);
    if (seen >= 0) return [...stack.slice(seen), id].map(name);
    if (acyclic.has(id)) return null;
    const segment = lookup(id);
    if (!segment) return null;
    stack.push(id);
    for (const next of referencedSegmentIds(segment.rule)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    acyclic.add(id);
    return null;
  };
  return visit(startId);
}
