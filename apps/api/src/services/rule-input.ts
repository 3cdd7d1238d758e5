import type { SegmentRule } from '@pinpoint/domain';
import type { RuleInput, SegmentRef } from '../generated/resolvers-types';
import { ApiError } from '../server/api-error';

/**
 * GraphQL gives optional input fields that were sent as `null` explicitly; the domain's rule
 * schema knows only present or absent. Dropping nulls makes a `RuleInput` the plain rule JSON,
 * which `validateRule` then checks and names problems in by path.
 */
export function ruleFromInput(input: RuleInput): unknown {
  return withoutNulls(input);
}

/** Drops `null` and `undefined` fields, deeply. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/**
 * A saved segment or a draft rule, as one rule: a saved segment is a rule that references it,
 * so unknown ids are reported the way rules report them (`rule.segment.id`).
 */
export function ruleFromRef(ref: SegmentRef): unknown {
  if (ref.id !== undefined && ref.id !== null)
    return { segment: { id: ref.id } } satisfies SegmentRule;
  if (!ref.rule) throw new ApiError('bad_request', 'give a segment id or a rule');
  return ruleFromInput(ref.rule);
}
