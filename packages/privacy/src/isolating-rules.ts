import {
  joinPath,
  type AttributeCondition,
  type CatalogIndex,
  type SegmentLookup,
  type SegmentRule,
} from '@pinpoint/domain';
import type { AttributeUniqueness } from './attribute-uniqueness';

/** Above this share of distinct values among non-null ones, an attribute is nearly unique. */
export const DEFAULT_MAX_DISTINCT_SHARE = 0.5;
/** At or above this share of distinct values, an attribute identifies people. */
export const DEFAULT_IDENTIFIER_SHARE = 0.9;

/** What `isolatingConditions` judges a rule by. */
export interface IsolationOptions {
  /** Names attributes in the messages. */
  catalog: CatalogIndex;
  /** Uniqueness of each attribute the rule may use; an exact match on one without is refused. */
  statistics: readonly AttributeUniqueness[];
  /** The release policy's minimum audience: value groups smaller on average are refused. */
  minimumAudience: number;
  /** Default `DEFAULT_MAX_DISTINCT_SHARE`. */
  maxDistinctShare?: number;
  /** Default `DEFAULT_IDENTIFIER_SHARE`. */
  identifierShare?: number;
  /** Attributes the workspace declares identifiers whatever their statistics (names, emails). */
  identifierKeys?: readonly string[];
  /** Resolves segment references, so that conditions in referenced segments are judged too. */
  segments?: SegmentLookup;
}

/** Why a condition may not be used by a partner. */
export type IsolationReason =
  'identifier' | 'nearly_unique_values' | 'small_value_groups' | 'no_statistics';

/** A condition a partner may not use, where it is in the rule, and why. */
export interface IsolatingCondition {
  /** Path of the condition in the rule, e.g. `rule.and[1].attribute`. */
  path: string;
  key: string;
  reason: IsolationReason;
  message: string;
}

const EXACT_OPERATORS: ReadonlySet<AttributeCondition['op']> = new Set([
  'eq',
  'neq',
  'in',
  'notIn',
]);
const number = new Intl.NumberFormat('en');

/**
 * An exact match picks the people with one value. `neq` and `notIn` count too: the people with
 * any value minus those with `neq v` are exactly those with `v`.
 */
function isExactMatch(condition: AttributeCondition): boolean {
  if (condition.op === 'between') return condition.min === condition.max;
  return EXACT_OPERATORS.has(condition.op);
}

/**
 * The conditions of `rule` that a partner may not use because they can single out a person,
 * the building block of differencing attacks (Korolova 2010; Venkatadri et al. 2018):
 * - any condition on an identifier (declared, or with distinct values for at least
 *   `identifierShare` of the profiles that have one), except `exists` / `missing`, which say
 *   nothing about whose value it is;
 * - an exact match (`eq`, `neq`, `in`, `notIn`, `between` with equal ends) on an attribute whose
 *   values are nearly unique (distinct / non-null above `maxDistinctShare`), or that fewer than
 *   `minimumAudience` profiles share on average, or that has no statistics.
 * Ranges on ordinary attributes are not judged: noise, thresholds and the budget handle them.
 */
export function isolatingConditions(
  rule: SegmentRule,
  options: IsolationOptions,
): IsolatingCondition[] {
  const statistics = new Map(options.statistics.map((s) => [s.key, s]));
  const found: IsolatingCondition[] = [];
  const visit = (node: SegmentRule, path: string, stack: readonly string[]): void => {
    if ('and' in node) node.and.forEach((c, i) => visit(c, joinPath(path, 'and', i), stack));
    else if ('or' in node) node.or.forEach((c, i) => visit(c, joinPath(path, 'or', i), stack));
    else if ('not' in node) visit(node.not, joinPath(path, 'not'), stack);
    else if ('segment' in node) {
      const { id } = node.segment;
      const definition = stack.includes(id) ? undefined : options.segments?.(id);
      if (definition) visit(definition.rule, `${path}.segment("${id}")`, [...stack, id]);
    } else if ('attribute' in node) {
      const reason = judge(node.attribute, statistics.get(node.attribute.key), options);
      if (reason)
        found.push({ path: joinPath(path, 'attribute'), key: node.attribute.key, ...reason });
    }
  };
  visit(rule, 'rule', []);
  return found;
}

function judge(
  condition: AttributeCondition,
  stats: AttributeUniqueness | undefined,
  options: IsolationOptions,
): { reason: IsolationReason; message: string } | null {
  const { key } = condition;
  const label = options.catalog.attributes.get(key)?.label;
  const name = label ? `attribute "${key}" (${label})` : `attribute "${key}"`;
  const exactOnly = 'partners may not match it exactly (eq, neq, in, notIn, or between equal ends)';
  const distinctShare =
    stats && stats.nonNullCount > 0 ? stats.distinctValues / stats.nonNullCount : 0;
  const counts = stats
    ? `${number.format(stats.distinctValues)} distinct values among ${number.format(stats.nonNullCount)} profiles`
    : '';
  const declared = options.identifierKeys?.includes(key) ?? false;
  if (declared || distinctShare >= (options.identifierShare ?? DEFAULT_IDENTIFIER_SHARE)) {
    if (condition.op === 'exists' || condition.op === 'missing') return null;
    const why = declared ? 'is declared an identifier' : `identifies people (${counts})`;
    return { reason: 'identifier', message: `${name} ${why}: partners may not use it in rules` };
  }
  if (!isExactMatch(condition)) return null;
  if (!stats) {
    return {
      reason: 'no_statistics',
      message: `${name} has no statistics, so it cannot be told whether an exact match singles people out: ${exactOnly}`,
    };
  }
  const maxShare = options.maxDistinctShare ?? DEFAULT_MAX_DISTINCT_SHARE;
  if (distinctShare > maxShare) {
    return {
      reason: 'nearly_unique_values',
      message: `${name} has nearly unique values (${counts}, more than ${maxShare * 100}%): ${exactOnly}`,
    };
  }
  const perValue = stats.distinctValues > 0 ? stats.nonNullCount / stats.distinctValues : Infinity;
  if (perValue < options.minimumAudience) {
    return {
      reason: 'small_value_groups',
      message: `${name}: on average only ${number.format(Math.floor(perValue))} profiles share a value, fewer than the minimum audience of ${number.format(options.minimumAudience)}: ${exactOnly}`,
    };
  }
  return null;
}
