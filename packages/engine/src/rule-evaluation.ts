import type { EvaluationContext, SegmentRule } from '@pinpoint/domain';
import type { Bitset } from './bitset';
import { eventTerm } from './event-log';
import { rangeSelection, attributeSelection } from './selection';
import type { AudienceShard } from './shard';
import { type Term, writeOr, writeTerm } from './term';

/**
 * Evaluates a rule on a shard as a term (a conjunction of bitsets, possibly complemented),
 * following SEMANTICS.md exactly: two-valued logic, comparisons with a missing value false,
 * half-open event windows, reachability as address plus granted consent, and segment
 * references evaluated in place. Scratch bitsets come from the shard's pool; the caller
 * releases them once it has consumed the term. Rows outside `valid` may be set: every
 * consumer ANDs with `valid` at the end.
 */
export function evaluateRule(
  shard: AudienceShard,
  rule: SegmentRule,
  context: EvaluationContext,
): Term {
  return new RuleEvaluation(shard, context).term(rule, []);
}

/** `rule ∧ valid`, written into a scratch bitset of the shard's pool. */
export function ruleBits(
  shard: AudienceShard,
  rule: SegmentRule | null,
  context: EvaluationContext,
): Bitset {
  const term = rule === null ? [] : evaluateRule(shard, rule, context);
  return writeTerm([...term, { bits: shard.valid, negate: false }], shard.pool.take());
}

class RuleEvaluation {
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly shard: AudienceShard,
    private readonly context: EvaluationContext,
  ) {}

  private nobody(): Term {
    return [{ bits: this.shard.pool.takeZeroed(), negate: false }];
  }

  term(rule: SegmentRule, stack: string[]): Term {
    const { shard } = this;
    const pool = shard.pool;
    if ('and' in rule) return rule.and.flatMap((child) => this.term(child, stack));
    if ('or' in rule) {
      const terms = rule.or.map((child) => this.term(child, stack));
      if (terms.some((t) => t.length === 0)) return [];
      return terms.length === 1
        ? terms[0]!
        : [{ bits: writeOr(terms, pool.take()), negate: false }];
    }
    if ('not' in rule) {
      const inner = this.term(rule.not, stack);
      if (inner.length === 0) return this.nobody();
      if (inner.length === 1) return [{ bits: inner[0]!.bits, negate: !inner[0]!.negate }];
      return [{ bits: writeTerm(inner, pool.take()), negate: true }];
    }
    if ('attribute' in rule) {
      const condition = rule.attribute;
      const column = shard.columns.attributes.get(condition.key);
      if (condition.op === 'missing') return column ? [{ bits: column.present, negate: true }] : [];
      if (!column) return this.nobody();
      return column.termFor(attributeSelection(column, condition), pool);
    }
    if ('interest' in rule) {
      const column = shard.columns.interests.get(rule.interest.topic);
      if (!column) return this.nobody();
      return column.termFor(rangeSelection(column, 'gte', rule.interest.minAffinity), pool);
    }
    if ('score' in rule) {
      const column = shard.columns.scores.get(rule.score.model);
      if (!column) return this.nobody();
      return column.termFor(rangeSelection(column, rule.score.op, rule.score.value), pool);
    }
    if ('reachable' in rule) {
      const bits = shard.columns.channels.get(rule.reachable.channel);
      return bits ? [{ bits: bits.reachable, negate: false }] : this.nobody();
    }
    if ('event' in rule) {
      const { type, withinDays, atLeast, atMost } = rule.event;
      const key = `e|${this.context.asOf.getTime()}|${JSON.stringify([type, withinDays, atLeast, atMost])}`;
      return this.cached(key, () =>
        eventTerm(
          shard.columns.events.get(type),
          (k) => shard.recency(type, k),
          rule.event,
          this.context.asOf,
          () => shard.counts(),
          pool,
        ),
      );
    }
    const { id } = rule.segment;
    const segment = this.resolve(id, stack);
    const key = `s|${this.context.asOf.getTime()}|${this.resolvedKey(segment.rule, [...stack, id])}`;
    return this.cached(key, () => this.term(segment.rule, [...stack, id]));
  }

  /** The cached bitset under `key`, or the term computed, materialised and cached. */
  private cached(key: string, compute: () => Term): Term {
    const cache = this.shard.cache;
    let bits = cache.get(key);
    if (bits === undefined) {
      bits = writeTerm(compute(), new Int32Array(this.shard.words));
      cache.set(key, bits);
    }
    return [{ bits, negate: false }];
  }

  private resolve(id: string, stack: string[]) {
    if (stack.includes(id))
      throw new Error(`segment references form a cycle: ${[...stack, id].join(' → ')}`);
    const segment = this.context.segments?.(id);
    if (!segment) throw new Error(`unknown segment "${id}"`);
    return segment;
  }

  /** The rule as text with every reference replaced by its rule: a cache key that changes when any referenced segment does. */
  private resolvedKey(rule: SegmentRule, stack: string[]): string {
    return JSON.stringify(rule, (name, value: unknown) => {
      if (name !== 'segment' || typeof value !== 'object' || value === null) return value;
      const id = (value as { id: string }).id;
      let key = this.keys.get(id);
      if (key === undefined) {
        key = this.resolvedKey(this.resolve(id, stack).rule, [...stack, id]);
        this.keys.set(id, key);
      }
      return { resolved: key };
    });
  }
}
