/** A token of a rule expression, with where it starts (0-based) for error messages. */
export type Token =
  | { kind: 'word'; text: string; offset: number }
  | { kind: 'string'; text: string; offset: number }
  | { kind: 'symbol'; text: Punctuation; offset: number }
  | { kind: 'end'; offset: number };

/** Punctuation and comparison operators. */
export type Punctuation = '(' | ')' | ',' | '=' | '==' | '!=' | '<' | '<=' | '>' | '>=';

/** A rule expression that cannot be read, with the offset of the problem. */
export class RuleExpressionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'RuleExpressionError';
  }
}

const SYMBOLS: readonly Punctuation[] = ['==', '!=', '<=', '>=', '(', ')', ',', '=', '<', '>'];

/**
 * Characters that end a bare word. Everything else (letters of any script, digits, `-`, `.`,
 * `:`, `/`) may appear in one, so that `München`, `2024-05-01` and segment ids need no quotes.
 */
export const WORD_BREAKS = /[\s()",'=<>!]/u;

/** Splits an expression into words, quoted strings and symbols. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const char = source[at]!;
    if (/\s/u.test(char)) {
      at += 1;
      continue;
    }
    if (char === '"' || char === "'") {
      const { text, end } = readQuoted(source, at);
      tokens.push({ kind: 'string', text, offset: at });
      at = end;
      continue;
    }
    const symbol = SYMBOLS.find((s) => source.startsWith(s, at));
    if (symbol) {
      tokens.push({ kind: 'symbol', text: symbol, offset: at });
      at += symbol.length;
      continue;
    }
    if (char === '!') throw new RuleExpressionError('expected "!=" after "!"', at);
    let end = at;
    while (end < source.length && !WORD_BREAKS.test(source[end]!)) end += 1;
    tokens.push({ kind: 'word', text: source.slice(at, end), offset: at });
    at = end;
  }
  tokens.push({ kind: 'end', offset: source.length });
  return tokens;
}

/**
 * Reads a quoted string starting at `start`. Double quotes follow JSON (so formatted
 * expressions read back exactly); single quotes, handier inside shell double quotes, know
 * only `\'` and `\\`.
 */
function readQuoted(source: string, start: number): { text: string; end: number } {
  const quote = source[start]!;
  let at = start + 1;
  while (at < source.length && source[at] !== quote) at += source[at] === '\\' ? 2 : 1;
  if (at >= source.length)
    throw new RuleExpressionError(`unterminated string: add the closing ${quote}`, start);
  const raw = source.slice(start, at + 1);
  if (quote === "'") return { text: raw.slice(1, -1).replace(/\\(['\\])/g, '$1'), end: at + 1 };
  try {
    return { text: JSON.parse(raw) as string, end: at + 1 };
  } catch {
    throw new RuleExpressionError(`${raw} is not a valid double-quoted string`, start);
  }
}

/** Words with a meaning in the grammar; as values or keys they must be quoted. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'not',
  'in',
  'between',
  'exists',
  'missing',
  'contains',
  'startswith',
  'true',
  'false',
]);

/** A bare word that reads as a number (JSON's number syntax, plus leading zeros). */
export const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
