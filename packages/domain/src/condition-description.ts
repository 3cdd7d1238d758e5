import type { AttributeDefinition, Catalog, CatalogIndex } from './catalog';
import type { Channel } from './channel';
import { anyOf, formatDate, formatNumber, formatPercent, noneOf, quoteText } from './plain-words';
import type {
  AttributeCondition,
  EventCondition,
  InterestCondition,
  ScoreCondition,
  SegmentRule,
} from './segment-rule';

/** A rule node that is a single condition rather than a group or a segment reference. */
export type ConditionRule = Exclude<
  SegmentRule,
  { and: SegmentRule[] } | { or: SegmentRule[] } | { not: SegmentRule } | { segment: unknown }
>;

/** The catalog's labels, looked up by key; a key the catalog lacks stands for itself. */
export interface CatalogLabels {
  attribute(key: string): AttributeDefinition | undefined;
  interest(key: string): string;
  eventType(key: string): string;
  scoreModel(key: string): string;
}

/** Label lookups for a catalog; build once per description run. */
export function catalogLabels(catalog: Catalog | CatalogIndex): CatalogLabels {
  const plain = 'catalog' in catalog ? catalog.catalog : catalog;
  const labels = (entries: { key: string; label: string }[]) => {
    const byKey = new Map(entries.map((entry) => [entry.key, entry.label]));
    return (key: string) => byKey.get(key) ?? key;
  };
  const attributes = new Map(plain.attributes.map((a) => [a.key, a]));
  return {
    attribute: (key) => attributes.get(key),
    interest: labels(plain.interests),
    eventType: labels(plain.eventTypes),
    scoreModel: labels(plain.scoreModels),
  };
}

const CHANNEL_WORDS: Record<Channel, string> = {
  email: 'email',
  sms: 'SMS',
  push: 'push notification',
  post: 'post',
  phone: 'phone',
};

/**
 * One condition as a relative clause about a person ("whose Age is at least 30", "who are
 * reachable by email"), or, when `negated`, its exact complement. Complements say when they
 * include people without a value ("(or is not recorded)"), because `not` does (SEMANTICS.md).
 */
export function describeCondition(
  rule: ConditionRule,
  negated: boolean,
  labels: CatalogLabels,
): string {
  if ('attribute' in rule) {
    return attributeClause(rule.attribute, negated, labels.attribute(rule.attribute.key));
  }
  if ('interest' in rule) return interestClause(rule.interest, negated, labels);
  if ('event' in rule) return eventClause(rule.event, negated, labels.eventType(rule.event.type));
  if ('score' in rule) return scoreClause(rule.score, negated, labels.scoreModel(rule.score.model));
  const channel = CHANNEL_WORDS[rule.reachable.channel] ?? rule.reachable.channel;
  return `who are ${negated ? 'not ' : ''}reachable by ${channel}`;
}

const OR_MISSING = ' (or is not recorded)';

type Order = 'lt' | 'lte' | 'gt' | 'gte';
const COMPLEMENT: Record<Order, Order> = { lt: 'gte', lte: 'gt', gt: 'lte', gte: 'lt' };
const NUMBER_ORDER: Record<Order, string> = {
  lt: 'below',
  lte: 'at most',
  gt: 'above',
  gte: 'at least',
};
const DATE_ORDER: Record<Order, string> = {
  lt: 'before',
  lte: 'on or before',
  gt: 'after',
  gte: 'on or after',
};

function attributeClause(
  c: AttributeCondition,
  negated: boolean,
  definition: AttributeDefinition | undefined,
): string {
  const whose = `whose ${definition?.label ?? c.key}`;
  const type = definition?.type;
  const bare = (v: string | number | boolean): string => {
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    if (typeof v === 'number') return formatNumber(v);
    if (type === 'date') return formatDate(v);
    return type === 'enum' ? v : quoteText(v);
  };
  // A unit is written once, after the last number: "from 30 to 45 years", "30 or 40 years".
  const unit = (text: string, v: unknown) =>
    definition?.unit && typeof v === 'number' ? `${text} ${definition.unit}` : text;
  const one = (v: string | number | boolean) => unit(bare(v), v);
  const list = (vs: (string | number)[], words: (items: string[]) => string) =>
    unit(words(vs.map(bare)), vs[vs.length - 1]);
  switch (c.op) {
    case 'eq':
      if (typeof c.value === 'boolean' && negated)
        return `${whose} is ${one(!c.value)}${OR_MISSING}`;
      return negated
        ? `${whose} is not ${one(c.value)}${OR_MISSING}`
        : `${whose} is ${one(c.value)}`;
    case 'neq':
      if (negated) return `${whose} is ${one(c.value)}${OR_MISSING}`;
      // A recorded true/false value that is not one is the other.
      if (typeof c.value === 'boolean') return `${whose} is ${one(!c.value)}`;
      return `whose recorded ${definition?.label ?? c.key} is not ${one(c.value)}`;
    case 'in':
      return negated
        ? `${whose} is ${list(c.values, noneOf)}${OR_MISSING}`
        : `${whose} is ${list(c.values, anyOf)}`;
    case 'notIn':
      return negated
        ? `${whose} is ${list(c.values, anyOf)}${OR_MISSING}`
        : `whose recorded ${definition?.label ?? c.key} is ${list(c.values, noneOf)}`;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      const words = type === 'date' ? DATE_ORDER : NUMBER_ORDER;
      const op = negated ? COMPLEMENT[c.op] : c.op;
      return `${whose} is ${words[op]} ${one(c.value)}${negated ? OR_MISSING : ''}`;
    }
    case 'between': {
      if (c.min === c.max) {
        return negated ? `${whose} is not ${one(c.min)}${OR_MISSING}` : `${whose} is ${one(c.min)}`;
      }
      const range = `from ${bare(c.min)} to ${one(c.max)}`;
      return negated
        ? `${whose} is outside the range ${range}${OR_MISSING}`
        : `${whose} is ${range}`;
    }
    case 'exists':
    case 'missing':
      return `${whose} is ${(c.op === 'missing') !== negated ? 'not ' : ''}recorded`;
    case 'contains':
      return negated
        ? `${whose} does not contain ${quoteText(c.value)}${OR_MISSING}`
        : `${whose} contains ${quoteText(c.value)}`;
    case 'startsWith':
      return negated
        ? `${whose} does not start with ${quoteText(c.value)}${OR_MISSING}`
        : `${whose} starts with ${quoteText(c.value)}`;
  }
}

function interestClause(c: InterestCondition, negated: boolean, labels: CatalogLabels): string {
  const topic = labels.interest(c.topic);
  // Any recorded affinity is at least 0, so the threshold then only asks for the interest.
  if (c.minAffinity <= 0) return `who have ${negated ? 'no' : 'an'} interest in ${topic} on record`;
  const share = formatPercent(c.minAffinity);
  return negated
    ? `whose interest in ${topic} is rated below ${share}${OR_MISSING}`
    : `whose interest in ${topic} is rated at least ${share}`;
}

const times = (n: number) => (n === 1 ? 'once' : `${formatNumber(n)} times`);

/** `who had Purchase at least once in the last 30 days`, for counts in `lo..hi`. */
function countClause(label: string, lo: number, hi: number, window: string): string {
  if (lo === 0 && hi === 0) return `who had no ${label} ${window}`;
  let count: string;
  if (lo === 0 && hi === Infinity) count = 'any number of times (including never)';
  else if (hi === Infinity) count = `at least ${times(lo)}`;
  else if (lo === 0) count = `at most ${times(hi)}`;
  else if (lo === hi) count = `exactly ${times(lo)}`;
  else count = `from ${formatNumber(lo)} to ${formatNumber(hi)} times`;
  return `who had ${label} ${count} ${window}`;
}

function eventClause(c: EventCondition, negated: boolean, label: string): string {
  const window =
    c.withinDays === 1 ? 'in the last day' : `in the last ${formatNumber(c.withinDays)} days`;
  const lo = c.atLeast ?? 0;
  const hi = c.atMost ?? Infinity;
  if (!negated) return countClause(label, lo, hi, window);
  // The complement of lo..hi among the counts 0, 1, 2, …
  if (lo > 0 && hi < Infinity) {
    const fewer = lo === 1 ? 'never' : `fewer than ${times(lo)}`;
    const more = `more than ${times(hi)}`;
    return `who had ${label} ${fewer} or ${more} ${window}`;
  }
  if (lo > 0) return countClause(label, 0, lo - 1, window);
  if (hi < Infinity) return countClause(label, hi + 1, Infinity, window);
  return `who had ${label} fewer than zero times ${window} (no one)`;
}

function scoreClause(c: ScoreCondition, negated: boolean, label: string): string {
  const op = negated ? COMPLEMENT[c.op] : c.op;
  const missing = negated ? ' (or is not available)' : '';
  return `whose predicted ${label} score is ${NUMBER_ORDER[op]} ${formatNumber(c.value)}${missing}`;
}
