import type { AttributeCondition, EventCondition, SegmentRule } from '@pinpoint/domain';
import { KEYWORDS, NUMBER, WORD_BREAKS } from './tokens';

const SYMBOLS: Readonly<Record<'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte', string>> = {
  eq: '=',
  neq: '!=',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
};

/**
 * Writes a rule in the compact text form `parseRuleExpression` reads, for people to read and
 * to paste into `--rule-expr`: parsing the text gives the same rule back. Nested groups are
 * always parenthesised; a group of one child is written as that child.
 */
export function formatRuleExpression(rule: SegmentRule): string {
  if ('and' in rule) return group(rule.and, 'and');
  if ('or' in rule) return group(rule.or, 'or');
  if ('not' in rule) return `not ${operand(rule.not)}`;
  if ('attribute' in rule) return attribute(rule.attribute);
  if ('interest' in rule)
    return `interest(${word(rule.interest.topic)}) >= ${rule.interest.minAffinity}`;
  if ('event' in rule) return event(rule.event);
  if ('score' in rule)
    return `score(${word(rule.score.model)}) ${SYMBOLS[rule.score.op]} ${rule.score.value}`;
  if ('reachable' in rule) return `reachable(${rule.reachable.channel})`;
  return `segment(${word(rule.segment.id)})`;
}

function group(children: readonly SegmentRule[], joiner: 'and' | 'or'): string {
  if (children.length === 1) return formatRuleExpression(children[0]!);
  return children.map(operand).join(` ${joiner} `);
}

/** A child of a group or `not`: groups get parentheses, conditions do not need them. */
function operand(rule: SegmentRule): string {
  const text = formatRuleExpression(rule);
  const grouped = ('and' in rule && rule.and.length > 1) || ('or' in rule && rule.or.length > 1);
  return grouped ? `(${text})` : text;
}

function attribute(condition: AttributeCondition): string {
  const key = word(condition.key);
  switch (condition.op) {
    case 'eq':
    case 'neq':
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return `${key} ${SYMBOLS[condition.op]} ${value(condition.value)}`;
    case 'in':
      return `${key} in (${condition.values.map(value).join(', ')})`;
    case 'notIn':
      return `${key} not in (${condition.values.map(value).join(', ')})`;
    case 'between':
      return `${key} between ${value(condition.min)} and ${value(condition.max)}`;
    case 'exists':
    case 'missing':
      return `${key} ${condition.op}`;
    case 'contains':
    case 'startsWith':
      return `${key} ${condition.op} ${word(condition.value)}`;
  }
}

function event(condition: EventCondition): string {
  const head = `event(${word(condition.type)}, ${condition.withinDays}d)`;
  const { atLeast, atMost } = condition;
  if (atLeast !== undefined && atMost !== undefined)
    return `${head} between ${atLeast} and ${atMost}`;
  return atMost === undefined ? `${head} >= ${atLeast ?? 0}` : `${head} <= ${atMost}`;
}

function value(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  return NUMBER.test(v) ? JSON.stringify(v) : word(v);
}

/** Text as a bare word when it reads back as the same text, else quoted. */
function word(text: string): string {
  const bare =
    text !== '' &&
    !WORD_BREAKS.test(text) &&
    !KEYWORDS.has(text.toLowerCase()) &&
    !NUMBER.test(text);
  return bare ? text : JSON.stringify(text);
}
