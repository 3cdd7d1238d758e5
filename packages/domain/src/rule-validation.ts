import type { z } from 'zod';
import { checkAttributeValue, operatorsFor } from './attribute-value';
import type { CatalogIndex } from './catalog';
import { type Issue, type IssueCode, joinPath } from './issue';
import { segmentReferenceCycle, type SegmentLookup } from './rule-references';
import {
  AttributeCondition,
  EventCondition,
  InterestCondition,
  ReachableCondition,
  RULE_KINDS,
  ScoreCondition,
  SegmentReference,
  type RuleKind,
  type SegmentRule,
} from './segment-rule';

/** How big a rule tree may be; bounds the cost of every evaluator and of the SQL it compiles to. */
export interface RuleLimits {
  maxDepth: number;
  maxNodes: number;
}

/** Default limits: deep enough for any hand-built rule, small enough to keep SQL plannable. */
export const DEFAULT_RULE_LIMITS: RuleLimits = { maxDepth: 32, maxNodes: 1000 };

/** What a rule is validated against. */
export interface RuleValidationContext {
  catalog: CatalogIndex;
  /** Looks up saved segments; without it every segment reference is unknown. */
  segments?: SegmentLookup;
  /** Id of the segment this rule belongs to, so that a reference back to it is a cycle. */
  selfId?: string;
  limits?: Partial<RuleLimits>;
}

/** The outcome of validating a rule: the typed rule, or every problem found, by path. */
export type RuleValidation = { ok: true; rule: SegmentRule } | { ok: false; issues: Issue[] };

const ATTRIBUTE_OPERATORS: readonly string[] = AttributeCondition.options.flatMap((option) => {
  const op = option.shape.op;
  return 'options' in op ? [...op.options] : [op.value];
});

/**
 * Validates untrusted input as a segment rule against the catalog: shape, known attributes,
 * interests, event types, score models and segments, operator and value types, empty groups,
 * size limits and reference cycles. Reports every problem, each named by its path from `path`.
 */
export function validateRule(
  input: unknown,
  context: RuleValidationContext,
  path = 'rule',
): RuleValidation {
  const walker = new RuleWalker(context);
  walker.node(input, path, 1);
  return walker.issues.length === 0
    ? { ok: true, rule: input as SegmentRule }
    : { ok: false, issues: walker.issues };
}

class RuleWalker {
  readonly issues: Issue[] = [];
  private nodes = 0;
  private readonly limits: RuleLimits;

  constructor(private readonly context: RuleValidationContext) {
    this.limits = { ...DEFAULT_RULE_LIMITS, ...context.limits };
  }

  node(input: unknown, path: string, depth: number): void {
    if (depth > this.limits.maxDepth) {
      return this.add(
        path,
        'too_deep',
        `rule is nested deeper than ${this.limits.maxDepth} levels`,
      );
    }
    this.nodes += 1;
    if (this.nodes === this.limits.maxNodes + 1) {
      return this.add(path, 'too_many_nodes', `rule has more than ${this.limits.maxNodes} nodes`);
    }
    if (this.nodes > this.limits.maxNodes) return;
    const kind = this.kindOf(input, path);
    if (kind === null) return;
    const body = (input as Record<string, unknown>)[kind];
    const at = joinPath(path, kind);
    switch (kind) {
      case 'and':
      case 'or':
        return this.group(kind, body, at, depth);
      case 'not':
        return this.node(body, at, depth + 1);
      case 'attribute':
        return this.attribute(body, at);
      case 'interest':
        return this.known(InterestCondition, body, at, (c) =>
          this.catalogKey(
            this.context.catalog.interests,
            c.topic,
            joinPath(at, 'topic'),
            'interest',
          ),
        );
      case 'event':
        return this.known(EventCondition, body, at, (c) => {
          this.catalogKey(
            this.context.catalog.eventTypes,
            c.type,
            joinPath(at, 'type'),
            'event type',
          );
          if (c.atLeast !== undefined && c.atMost !== undefined && c.atLeast > c.atMost) {
            this.add(
              joinPath(at, 'atMost'),
              'invalid_range',
              `expected atMost ≥ atLeast (${c.atLeast})`,
            );
          }
        });
      case 'score':
        return this.known(ScoreCondition, body, at, (c) =>
          this.catalogKey(
            this.context.catalog.scoreModels,
            c.model,
            joinPath(at, 'model'),
            'score model',
          ),
        );
      case 'reachable':
        return this.known(ReachableCondition, body, at, () => undefined);
      case 'segment':
        return this.known(SegmentReference, body, at, (c) =>
          this.segmentReference(c.id, joinPath(at, 'id')),
        );
    }
  }

  private kindOf(input: unknown, path: string): RuleKind | null {
    const expected = `expected an object with exactly one of: ${RULE_KINDS.join(', ')}`;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      this.add(path, 'invalid_shape', expected);
      return null;
    }
    const keys = Object.keys(input);
    const kinds = keys.filter((key): key is RuleKind =>
      (RULE_KINDS as readonly string[]).includes(key),
    );
    if (kinds.length === 1 && keys.length === 1) return kinds[0] ?? null;
    const found = keys.length === 0 ? 'an empty object' : `keys ${keys.join(', ')}`;
    this.add(path, 'invalid_shape', `${expected}; found ${found}`);
    return null;
  }

  private group(kind: 'and' | 'or', body: unknown, path: string, depth: number): void {
    if (!Array.isArray(body))
      return this.add(path, 'invalid_shape', `expected a list of rules for "${kind}"`);
    if (body.length === 0)
      return this.add(path, 'empty_group', `"${kind}" needs at least one rule`);
    body.forEach((child, index) => this.node(child, joinPath(path, index), depth + 1));
  }

  private attribute(body: unknown, path: string): void {
    const op = (body as { op?: unknown } | null)?.op;
    if (typeof op === 'string' && !ATTRIBUTE_OPERATORS.includes(op)) {
      return this.add(
        joinPath(path, 'op'),
        'invalid_shape',
        `unknown operator "${op}"; expected one of ${ATTRIBUTE_OPERATORS.join(', ')}`,
      );
    }
    this.known(AttributeCondition, body, path, (condition) => {
      const definition = this.context.catalog.attributes.get(condition.key);
      if (!definition) {
        return this.add(
          joinPath(path, 'key'),
          'unknown_attribute',
          `unknown attribute "${condition.key}"`,
        );
      }
      const allowed = operatorsFor(definition.type);
      if (!allowed.includes(condition.op)) {
        return this.add(
          joinPath(path, 'op'),
          'operator_not_supported',
          `operator "${condition.op}" does not apply to ${definition.type} attribute "${definition.key}"; use one of ${allowed.join(', ')}`,
        );
      }
      const check = (value: unknown, at: string) => {
        const problem = checkAttributeValue(definition, value);
        if (problem) this.add(at, problem.code, problem.message);
        return problem === null;
      };
      switch (condition.op) {
        case 'in':
        case 'notIn':
          condition.values.forEach((value, index) => check(value, joinPath(path, 'values', index)));
          return;
        case 'between': {
          const minOk = check(condition.min, joinPath(path, 'min'));
          const maxOk = check(condition.max, joinPath(path, 'max'));
          if (minOk && maxOk && condition.min > condition.max) {
            this.add(
              joinPath(path, 'max'),
              'invalid_range',
              `expected max ≥ min (${String(condition.min)})`,
            );
          }
          return;
        }
        case 'exists':
        case 'missing':
          return;
        case 'eq':
        case 'neq':
        case 'lt':
        case 'lte':
        case 'gt':
        case 'gte':
        case 'contains':
        case 'startsWith':
          check(condition.value, joinPath(path, 'value'));
      }
    });
  }

  private segmentReference(id: string, path: string): void {
    const lookup = this.context.segments;
    const target = lookup?.(id);
    if (!lookup || !target) return this.add(path, 'unknown_segment', `unknown segment "${id}"`);
    const cycle = segmentReferenceCycle(id, lookup, this.context.selfId);
    if (!cycle) return;
    const names = cycle.map((name) => `"${name}"`).join(' → ');
    this.add(path, 'reference_cycle', `segment references form a cycle: ${names}`);
  }

  private known<S extends z.ZodType>(
    schema: S,
    body: unknown,
    path: string,
    then: (value: z.infer<S>) => void,
  ) {
    const parsed = schema.safeParse(body);
    if (parsed.success) return then(parsed.data);
    for (const issue of parsed.error.issues) {
      this.add(joinPath(path, ...issue.path), 'invalid_shape', issue.message);
    }
  }

  private catalogKey(keys: ReadonlySet<string>, key: string, path: string, what: string): void {
    const code: IssueCode =
      what === 'interest'
        ? 'unknown_interest'
        : what === 'event type'
          ? 'unknown_event_type'
          : 'unknown_score_model';
    if (!keys.has(key)) this.add(path, code, `unknown ${what} "${key}"`);
  }

  private add(path: string, code: IssueCode, message: string): void {
    this.issues.push({ path, code, message });
  }
}
