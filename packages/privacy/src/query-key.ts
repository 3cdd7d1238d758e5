import type { SegmentLookup, SegmentRule } from '@pinpoint/domain';
import { canonicalRule } from './canonical-rule';
import { canonicalText } from './canonical-text';

/** What besides the rule decides a count, and so belongs in its key. */
export interface QueryKeyOptions {
  /**
   * Resolves segment references, so that the key is that of the rule actually counted: when a
   * referenced segment is edited, the question gets a new key and fresh noise instead of the
   * old noise on a new count (whose difference would be exact).
   */
  segments?: SegmentLookup;
  /**
   * The instant event windows end at. Part of the key only when the count depends on it (the
   * rule has event conditions or unresolved references), and then required. Round it (to the
   * day, say) for partners: every distinct instant is a new question that costs budget.
   */
  asOf?: Date;
  /**
   * Which state of the data the count is taken over (e.g. the id of the last import), so that a
   * count after new data gets fresh noise: the same noise on two counts would reveal their
   * exact difference.
   */
  dataVersion?: string;
}

function dependsOnTime(rule: SegmentRule): boolean {
  if ('and' in rule) return rule.and.some(dependsOnTime);
  if ('or' in rule) return rule.or.some(dependsOnTime);
  if ('not' in rule) return dependsOnTime(rule.not);
  return 'event' in rule || 'segment' in rule;
}

/**
 * The canonical text key of a count question: equal for rules that differ only in how they
 * are written (`canonicalRule`: children reordered or repeated, groups nested, `in` lists
 * reordered, double negation), different whenever a condition differs. The noise seed and the
 * privacy budget ledger both use it, so a rewritten repeat of a question gets the same answer
 * and costs nothing, while any other question gets fresh noise and is paid for.
 */
export function queryKey(rule: SegmentRule, options: QueryKeyOptions = {}): string {
  const canonical = canonicalRule(rule, options.segments);
  const timed = dependsOnTime(canonical);
  if (timed && options.asOf === undefined) {
    throw new TypeError('asOf is required for the key of a rule whose count depends on time');
  }
  return canonicalText({
    rule: canonical,
    asOf: timed ? options.asOf?.toISOString() : undefined,
    dataVersion: options.dataVersion,
  });
}

/**
 * The key of a question that releases several numbers from one or more rules, such as an
 * overlap of N segments or a composition by an attribute: its kind, the `queryKey` of each rule
 * in order, and its parameters (the attribute, the buckets).
 */
export function questionKey(
  kind: string,
  ruleKeys: readonly string[],
  parameters: Record<string, unknown> = {},
): string {
  return canonicalText({ kind, rules: ruleKeys, parameters });
}
