import type { SegmentRule } from '@pinpoint/domain';
import { CliError } from '../exit-code';
import { parseRuleExpression } from '../rule-expression/parse-rule-expression';
import { RuleExpressionError } from '../rule-expression/tokens';
import { parseJson, readJsonFile } from './json-file';

/** How a rule can be given on the command line. */
export interface RuleOptions {
  /** A JSON file with the rule, or the JSON itself when it starts with `{`. */
  rule?: string;
  /** The compact text form: `age >= 18 and reachable(email)`. */
  ruleExpr?: string;
}

/** Whether any rule option was given. */
export const hasRule = (options: RuleOptions): boolean =>
  options.rule !== undefined || options.ruleExpr !== undefined;

/**
 * The rule given with `--rule` or `--rule-expr` as rule JSON (still untrusted: the backend
 * validates it against the catalog). `path` resolves a file argument.
 */
export async function readRule(
  options: RuleOptions,
  path: (file: string) => string,
): Promise<unknown> {
  if (options.rule !== undefined && options.ruleExpr !== undefined)
    throw new CliError('usage', 'give --rule or --rule-expr, not both');
  if (options.ruleExpr !== undefined) return ruleFromExpression(options.ruleExpr);
  if (options.rule === undefined)
    throw new CliError('usage', 'give --rule FILE or --rule-expr EXPRESSION');
  const rule = options.rule.trim();
  return rule.startsWith('{') ? parseJson(rule, '--rule') : await readJsonFile(path(rule), 'rule');
}

/** Parses `--rule-expr`, pointing at the place of a syntax error. */
export function ruleFromExpression(expression: string): SegmentRule {
  try {
    return parseRuleExpression(expression);
  } catch (error) {
    if (!(error instanceof RuleExpressionError)) throw error;
    const pointer = `${' '.repeat(error.offset)}^`;
    throw new CliError(
      'invalid',
      `--rule-expr, column ${error.offset + 1}: ${error.message}\n  ${expression}\n  ${pointer}`,
      { hint: 'see `pinpoint count --help` for the expression syntax' },
    );
  }
}
