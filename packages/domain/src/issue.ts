import type { SpecialCategoryIssueCode } from './special-category-targeting';

/** What kind of problem a validation found; stable, so clients can branch on it. */
export type IssueCode =
  | 'invalid_shape'
  | 'unknown_attribute'
  | 'unknown_interest'
  | 'unknown_event_type'
  | 'unknown_score_model'
  | 'unknown_segment'
  | 'type_mismatch'
  | 'operator_not_supported'
  | 'value_not_allowed'
  | 'invalid_range'
  | 'empty_group'
  | 'too_deep'
  | 'too_many_nodes'
  | 'reference_cycle'
  | 'duplicate'
  | 'not_found'
  | 'in_use'
  | 'syntax_error'
  | 'unknown_variable'
  | 'render_error'
  | 'too_long'
  | SpecialCategoryIssueCode;

/**
 * One validation problem, named by its path in the input (`rule.and[2].attribute.value`)
 * so that a user can find and fix it.
 */
export interface Issue {
  path: string;
  code: IssueCode;
  message: string;
  /** 1-based line in a template, for template problems that have a place. */
  line?: number;
  /** 1-based column in a template, for template problems that have a place. */
  column?: number;
}

/**
 * Formats an issue the way logs and CLIs print it: `path: message`, or
 * `path (line 3, column 7): message` when the issue has a place in a template.
 */
export function formatIssue(issue: Issue): string {
  const place =
    issue.line === undefined
      ? ''
      : ` (line ${issue.line}${issue.column === undefined ? '' : `, column ${issue.column}`})`;
  return `${issue.path}${place}: ${issue.message}`;
}

/** Appends a key or index to a path: `joinPath('rule', 'and', 2)` is `rule.and[2]`. */
export function joinPath(base: string, ...parts: (string | number | symbol)[]): string {
  return parts.reduce<string>((path, part) => {
    if (typeof part === 'number') return `${path}[${part}]`;
    const key = String(part);
    return path === '' ? key : `${path}.${key}`;
  }, base);
}
