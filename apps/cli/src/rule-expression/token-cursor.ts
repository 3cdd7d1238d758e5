import { KEYWORDS, NUMBER, RuleExpressionError, type Token } from './tokens';

type Value = string | number | boolean;
/** The comparisons of numbers, texts and dates. */
export type Comparison = 'lt' | 'lte' | 'gt' | 'gte';

/** The comparison operators by symbol. */
export const COMPARISONS: Readonly<Record<string, Comparison>> = {
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
};

/** A token as error messages name it. */
export function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the expression';
    case 'string':
      return JSON.stringify(token.text);
    case 'word':
    case 'symbol':
      return `"${token.text}"`;
  }
}

/**
 * Walks a rule expression's tokens: looks ahead, takes keywords and symbols, reads values,
 * and fails with what it expected and where. The grammar (`RuleParser`) builds on it.
 */
export class TokenCursor {
  private at = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** The token after the next one, for one more token of lookahead. */
  protected following(): Token | undefined {
    return this.tokens[this.at + 1];
  }

  /** The arguments of a call such as `event(purchase, 30d)`, up to its closing parenthesis. */
  protected args(names: readonly [string]): [string];
  protected args(names: readonly [string, string]): [string, string];
  protected args(names: readonly string[]): string[] {
    const values: string[] = [];
    for (const [i, name] of names.entries()) {
      if (i > 0) this.expectSymbol(',', `before the ${name}`);
      const token = this.next();
      if (token.kind !== 'word' && token.kind !== 'string')
        this.fail(`expected the ${name}, found ${describe(token)}`, token);
      values.push(token.text);
    }
    this.expectSymbol(')', 'to close the arguments');
    return values;
  }

  /** A parenthesised list of values: `(BY, BW, 3)`. */
  protected list(): (string | number)[] {
    this.expectSymbol('(', 'to open the list of values');
    const values = [this.ordered(this.peek())];
    while (this.acceptSymbol(',')) values.push(this.ordered(this.peek()));
    this.expectSymbol(')', 'to close the list of values');
    return values;
  }

  /** A number, `true` or `false`, or text (quoted, or a bare word that is none of those). */
  protected value(): Value {
    const token = this.next();
    if (token.kind === 'string') return token.text;
    if (token.kind === 'word') {
      const lower = token.text.toLowerCase();
      if (NUMBER.test(token.text)) return this.finite(token);
      if (lower === 'true' || lower === 'false') return lower === 'true';
      if (!KEYWORDS.has(lower)) return token.text;
      this.fail(
        `expected a value, found the keyword "${token.text}"; quote it to use it as text`,
        token,
      );
    }
    return this.fail(`expected a value, found ${describe(token)}`, token);
  }

  /** A number or a text (dates are texts): what <, <=, >, >=, between and in compare. */
  protected ordered(operator: Token): string | number {
    const at = this.peek();
    const value = this.value();
    if (typeof value === 'boolean')
      this.fail(
        `${operator.kind === 'end' ? 'this operator' : describe(operator)} compares numbers, texts and dates, not true or false`,
        at,
      );
    return value;
  }

  /** The text of the next word or string, taken literally (`postcode startsWith 80` is text). */
  protected text(where: string): string {
    const token = this.next();
    if (token.kind === 'string' || token.kind === 'word') return token.text;
    return this.fail(`expected a text ${where}, found ${describe(token)}`, token);
  }

  protected number(): number {
    const token = this.next();
    if (token.kind === 'word' && NUMBER.test(token.text)) return this.finite(token);
    return this.fail(`expected a number, found ${describe(token)}`, token);
  }

  protected finite(token: Token & { text: string }): number {
    const n = Number(token.text);
    if (!Number.isFinite(n)) this.fail(`${token.text} is too large a number`, token);
    return n;
  }

  protected comparison(where: string): Comparison {
    const token = this.next();
    const op = token.kind === 'symbol' ? COMPARISONS[token.text] : undefined;
    if (!op) this.fail(`expected <, <=, > or >= ${where}, found ${describe(token)}`, token);
    return op;
  }

  protected peek(): Token {
    return this.tokens[this.at]!;
  }

  protected next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.at += 1;
    return token;
  }

  protected acceptKeyword(keyword: string): boolean {
    const token = this.peek();
    if (token.kind !== 'word' || token.text.toLowerCase() !== keyword) return false;
    this.at += 1;
    return true;
  }

  protected acceptSymbol(symbol: string): boolean {
    const token = this.peek();
    if (token.kind !== 'symbol' || token.text !== symbol) return false;
    this.at += 1;
    return true;
  }

  protected expectKeyword(keyword: string, why: string): void {
    if (!this.acceptKeyword(keyword))
      this.fail(`expected "${keyword}" ${why}, found ${describe(this.peek())}`, this.peek());
  }

  protected expectSymbol(symbol: string, why: string): void {
    if (!this.acceptSymbol(symbol))
      this.fail(`expected "${symbol}" ${why}, found ${describe(this.peek())}`, this.peek());
  }

  protected fail(message: string, token: Token): never {
    throw new RuleExpressionError(message, token.offset);
  }
}
