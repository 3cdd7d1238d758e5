import type { AttributeCondition, Channel, SegmentRule } from '@pinpoint/domain';
import { COMPARISONS, describe, TokenCursor } from './token-cursor';
import { KEYWORDS, tokenize, type Token } from './tokens';

const ATTRIBUTE_OPERATORS =
  '=, !=, <, <=, >, >=, in, not in, between, exists, missing, contains, startsWith';

/**
 * Reads the compact text form of a segment rule, e.g.
 * `age between 18 and 34 and region in (BY, BW) and reachable(email) and not event(purchase, 30d) >= 1`,
 * into the rule JSON it stands for. `not` binds tighter than `and`, `and` tighter than `or`.
 * Only the syntax is checked here: keys, types and values are checked against the catalog
 * by `validateRule`, like any other rule. Throws `RuleExpressionError` with an offset.
 */
export function parseRuleExpression(source: string): SegmentRule {
  const parser = new RuleParser(tokenize(source));
  const rule = parser.disjunction();
  parser.expectEnd();
  return rule;
}

/** The grammar: `or` of `and` of `not` of conditions and parenthesised groups. */
class RuleParser extends TokenCursor {
  disjunction(): SegmentRule {
    const parts = [this.conjunction()];
    while (this.acceptKeyword('or')) parts.push(this.conjunction());
    return parts.length === 1 ? parts[0]! : { or: parts };
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind !== 'end')
      this.fail(`expected "and", "or" or the end, found ${describe(token)}`, token);
  }

  private conjunction(): SegmentRule {
    const parts = [this.negation()];
    while (this.acceptKeyword('and')) parts.push(this.negation());
    return parts.length === 1 ? parts[0]! : { and: parts };
  }

  private negation(): SegmentRule {
    return this.acceptKeyword('not') ? { not: this.negation() } : this.primary();
  }

  private primary(): SegmentRule {
    if (this.acceptSymbol('(')) {
      const inner = this.disjunction();
      this.expectSymbol(')', 'to close the group');
      return inner;
    }
    const token = this.peek();
    const following = this.following();
    if (token.kind === 'word' && following?.kind === 'symbol' && following.text === '(')
      return this.call(token);
    return { attribute: this.attributeCondition() };
  }

  private call(name: Token & { kind: 'word' }): SegmentRule {
    this.next();
    this.next();
    switch (name.text.toLowerCase()) {
      case 'interest': {
        const [topic] = this.args(['topic']);
        this.expectSymbol('>=', 'after interest(…): interests match from a minimum affinity');
        return { interest: { topic, minAffinity: this.number() } };
      }
      case 'event': {
        const [type, window] = this.args(['event type', 'window such as 30d']);
        const days = /^(\d+)d?$/i.exec(window);
        if (!days) this.fail(`expected a window in days such as 30d, found "${window}"`, name);
        return { event: { type, withinDays: Number(days[1]), ...this.eventCount() } };
      }
      case 'score': {
        const [model] = this.args(['score model']);
        const op = this.comparison('after score(…)');
        return { score: { model, op, value: this.number() } };
      }
      case 'reachable': {
        const [channel] = this.args(['channel']);
        // Checked against the channels with the rest of the rule, by `validateRule`.
        return { reachable: { channel: channel as Channel } };
      }
      case 'segment': {
        const [id] = this.args(['segment id']);
        return { segment: { id } };
      }
      default:
        return this.fail(
          `unknown condition "${name.text}(…)": use interest, event, score, reachable or segment`,
          name,
        );
    }
  }

  /** `>= n`, `<= n`, `= n`, `> n`, `< n` or `between a and b`; at least once when absent. */
  private eventCount(): { atLeast?: number; atMost?: number } {
    if (this.acceptKeyword('between')) {
      const atLeast = this.number();
      this.expectKeyword('and', 'between the two counts');
      return { atLeast, atMost: this.number() };
    }
    const token = this.peek();
    if (token.kind !== 'symbol' || token.text === '(' || token.text === ')' || token.text === ',')
      return { atLeast: 1 };
    this.next();
    const n = this.number();
    switch (token.text) {
      case '>=':
        return { atLeast: n };
      case '>':
        return { atLeast: n + 1 };
      case '<=':
        return { atMost: n };
      case '<':
        return { atMost: n - 1 };
      case '=':
      case '==':
        return { atLeast: n, atMost: n };
      case '!=':
        return this.fail('event counts take =, <, <=, >, >= or between, not !=', token);
    }
  }

  private attributeCondition(): AttributeCondition {
    const key = this.key();
    const token = this.next();
    if (token.kind === 'symbol') {
      if (token.text === '=' || token.text === '==') return { key, op: 'eq', value: this.value() };
      if (token.text === '!=') return { key, op: 'neq', value: this.value() };
      const op = COMPARISONS[token.text];
      if (op) return { key, op, value: this.ordered(token) };
    }
    const word = token.kind === 'word' ? token.text.toLowerCase() : '';
    switch (word) {
      case 'in':
        return { key, op: 'in', values: this.list() };
      case 'not':
        this.expectKeyword('in', 'after "not" in a condition');
        return { key, op: 'notIn', values: this.list() };
      case 'between': {
        const min = this.ordered(token);
        this.expectKeyword('and', 'between the two bounds');
        return { key, op: 'between', min, max: this.ordered(token) };
      }
      case 'exists':
        return { key, op: 'exists' };
      case 'missing':
        return { key, op: 'missing' };
      case 'contains':
        return { key, op: 'contains', value: this.text('after contains') };
      case 'startswith':
        return { key, op: 'startsWith', value: this.text('after startsWith') };
      default:
        return this.fail(
          `expected an operator after "${key}" (${ATTRIBUTE_OPERATORS}), found ${describe(token)}`,
          token,
        );
    }
  }

  private key(): string {
    const token = this.next();
    if (token.kind === 'string') return token.text;
    if (token.kind === 'word' && !KEYWORDS.has(token.text.toLowerCase())) return token.text;
    return this.fail(
      `expected a condition (an attribute key, interest(…), event(…), score(…), reachable(…) or segment(…)), found ${describe(token)}`,
      token,
    );
  }
}
