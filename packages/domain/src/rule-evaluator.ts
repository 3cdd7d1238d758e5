import { isReachable } from './channel';
import { eventWindow, inWindow } from './event-window';
import type { Profile } from './profile';
import type { SegmentLookup } from './rule-references';
import type { AttributeCondition, SegmentRule } from './segment-rule';

/** What a rule is evaluated against besides the profile. */
export interface EvaluationContext {
  /** The instant event windows end at; explicit so that results are reproducible. */
  asOf: Date;
  /** Resolves `segment` references; required when the rule has any. */
  segments?: SegmentLookup;
}

/**
 * Whether `profile` belongs to the segment described by `rule`: the reference semantics
 * (SEMANTICS.md) that the SQL compiler and the audience index are tested against.
 * Expects a rule that passed `validateRule`.
 */
export function matches(profile: Profile, rule: SegmentRule, context: EvaluationContext): boolean {
  return evaluate(profile, rule, context, []);
}

function evaluate(
  profile: Profile,
  rule: SegmentRule,
  context: EvaluationContext,
  stack: string[],
): boolean {
  if ('and' in rule) return rule.and.every((child) => evaluate(profile, child, context, stack));
  if ('or' in rule) return rule.or.some((child) => evaluate(profile, child, context, stack));
  if ('not' in rule) return !evaluate(profile, rule.not, context, stack);
  if ('attribute' in rule)
    return attributeMatches(profile.attributes[rule.attribute.key], rule.attribute);
  if ('interest' in rule) {
    const { topic, minAffinity } = rule.interest;
    return profile.interests.some((i) => i.topic === topic && i.affinity >= minAffinity);
  }
  if ('event' in rule) {
    const { type, withinDays, atLeast, atMost } = rule.event;
    const window = eventWindow(context.asOf, withinDays);
    const count = profile.events.filter(
      (e) => e.type === type && inWindow(e.occurredAt, window),
    ).length;
    return (atLeast === undefined || count >= atLeast) && (atMost === undefined || count <= atMost);
  }
  if ('score' in rule) {
    const score = profile.scores.find((s) => s.model === rule.score.model);
    return score !== undefined && compare(score.value, rule.score.op, rule.score.value);
  }
  if ('reachable' in rule) {
    return isReachable(profile.channels.find((c) => c.channel === rule.reachable.channel));
  }
  const { id } = rule.segment;
  if (stack.includes(id))
    throw new Error(`segment references form a cycle: ${[...stack, id].join(' → ')}`);
  const segment = context.segments?.(id);
  if (!segment) throw new Error(`unknown segment "${id}"`);
  return evaluate(profile, segment.rule, context, [...stack, id]);
}

type Ordered = number | string;

function compare(left: Ordered, op: 'lt' | 'lte' | 'gt' | 'gte', right: Ordered): boolean {
  switch (op) {
    case 'lt':
      return left < right;
    case 'lte':
      return left <= right;
    case 'gt':
      return left > right;
    case 'gte':
      return left >= right;
  }
}

/**
 * Whether an attribute value (undefined when missing) satisfies a condition. Every comparison
 * with a missing value is false; `missing` is the only way to select it. Other evaluators
 * (the audience index) decide each distinct value with this, so they cannot drift.
 */
export function attributeMatches(
  value: string | number | boolean | undefined,
  condition: AttributeCondition,
): boolean {
  if (condition.op === 'missing') return value === undefined;
  if (value === undefined) return false;
  switch (condition.op) {
    case 'exists':
      return true;
    case 'eq':
      return value === condition.value;
    case 'neq':
      return value !== condition.value;
    case 'in':
      return (condition.values as unknown[]).includes(value);
    case 'notIn':
      return !(condition.values as unknown[]).includes(value);
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return (
        typeof value !== 'boolean' &&
        typeof value === typeof condition.value &&
        compare(value, condition.op, condition.value)
      );
    case 'between':
      return (
        typeof value !== 'boolean' &&
        typeof value === typeof condition.min &&
        compare(value, 'gte', condition.min) &&
        compare(value, 'lte', condition.max)
      );
    case 'contains':
      return typeof value === 'string' && value.includes(condition.value);
    case 'startsWith':
      return typeof value === 'string' && value.startsWith(condition.value);
  }
}
