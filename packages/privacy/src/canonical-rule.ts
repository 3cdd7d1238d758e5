import {
  compareCodePoints,
  type AttributeCondition,
  type SegmentLookup,
  type SegmentRule,
} from '@pinpoint/domain';
import { canonicalText } from './canonical-text';

/**
 * One way of writing each meaning that Pinpoint's rule semantics make obvious, so that
 * rewritten copies of a question share a key:
 * - `and` / `or` children are flattened (`and(a, and(b, c))` is `and(a, b, c)`), freed of
 *   duplicates and sorted; a group of one is its child;
 * - `not(not(x))` is `x` (logic is two-valued, SEMANTICS.md);
 * - `in` / `notIn` values are freed of duplicates and sorted; a list of one is `eq` / `neq`;
 * - with `segments`, a reference is replaced by the (canonical) rule it names.
 * Object keys need no care here: `canonicalText` sorts them. Expects a valid rule; throws,
 * like `matches`, on an unknown segment or a reference cycle.
 */
export function canonicalRule(rule: SegmentRule, segments?: SegmentLookup): SegmentRule {
  return canonical(rule, segments, []);
}

function canonical(
  rule: SegmentRule,
  segments: SegmentLookup | undefined,
  stack: readonly string[],
): SegmentRule {
  if ('and' in rule)
    return group(
      'and',
      rule.and.map((c) => canonical(c, segments, stack)),
    );
  if ('or' in rule)
    return group(
      'or',
      rule.or.map((c) => canonical(c, segments, stack)),
    );
  if ('not' in rule) {
    const inner = canonical(rule.not, segments, stack);
    return 'not' in inner ? inner.not : { not: inner };
  }
  if ('attribute' in rule) return { attribute: canonicalCondition(rule.attribute) };
  if ('segment' in rule && segments) {
    const { id } = rule.segment;
    if (stack.includes(id)) {
      throw new Error(`segment references form a cycle: ${[...stack, id].join(' → ')}`);
    }
    const definition = segments(id);
    if (!definition) throw new Error(`unknown segment "${id}"`);
    return canonical(definition.rule, segments, [...stack, id]);
  }
  return rule;
}

function group(kind: 'and' | 'or', children: SegmentRule[]): SegmentRule {
  const members = children.flatMap((child) => {
    if (kind === 'and' && 'and' in child) return child.and;
    if (kind === 'or' && 'or' in child) return child.or;
    return [child];
  });
  const byText = new Map(members.map((child) => [canonicalText(child), child]));
  const sorted = [...byText.keys()].sort(compareCodePoints).map((text) => byText.get(text)!);
  if (sorted.length === 1) return sorted[0]!;
  return kind === 'and' ? { and: sorted } : { or: sorted };
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  return typeof a === 'number' ? -1 : 1;
}

function canonicalCondition(condition: AttributeCondition): AttributeCondition {
  if (condition.op !== 'in' && condition.op !== 'notIn') return condition;
  // A Set compares like `includes` (SameValueZero), the evaluator's test for `in`.
  const values = [...new Set(condition.values)].sort(compareValues);
  if (values.length === 1) {
    return { key: condition.key, op: condition.op === 'in' ? 'eq' : 'neq', value: values[0]! };
  }
  return { key: condition.key, op: condition.op, values };
}
