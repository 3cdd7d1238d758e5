import type { SegmentLookup } from './rule-references';
import type { SegmentRule } from './segment-rule';

/**
 * Whether every profile that matches `rule` is sure to have attribute `key` equal to `value`,
 * decided from the rule's shape alone: the condition `{ key, op: 'eq', value }` itself; an
 * `and` where any child implies it; an `or` where every child does; a `not` never; a segment
 * reference when the referenced rule does (an unknown segment or a reference cycle does not).
 *
 * The answer is conservative: `true` is a guarantee (property-tested against `matches`),
 * `false` only means "not shown". Rules that imply the condition in subtler ways, such as
 * `not(not(consent eq true))`, are refused; a guardrail may be strict but never lax.
 */
export function ruleImpliesAttributeEquals(
  rule: SegmentRule,
  key: string,
  value: string | number | boolean,
  segments: SegmentLookup | undefined,
): boolean {
  const implies = (node: SegmentRule, stack: readonly string[]): boolean => {
    if ('and' in node) return node.and.some((child) => implies(child, stack));
    // An empty `or` matches no one, so it would imply anything; validation rejects it, and
    // answering false keeps the check independent of that.
    if ('or' in node) return node.or.length > 0 && node.or.every((child) => implies(child, stack));
    if ('not' in node) return false;
    if ('attribute' in node) {
      const condition = node.attribute;
      return condition.key === key && condition.op === 'eq' && condition.value === value;
    }
    if ('segment' in node) {
      const { id } = node.segment;
      const target = stack.includes(id) ? undefined : segments?.(id);
      return target !== undefined && implies(target.rule, [...stack, id]);
    }
    return false;
  };
  return implies(rule, []);
}
