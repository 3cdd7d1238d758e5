import { LiquidError } from 'liquidjs';
import type { TemplateLimits } from './template-engine';

/** What kind of problem a template has; a subset of `IssueCode`, stable for clients. */
export type TemplateIssueCode = 'syntax_error' | 'unknown_variable' | 'render_error' | 'too_long';

/**
 * One problem with a template, at its 1-based `line` and `column` when it has a place (a
 * parse error, a variable, the tag that failed while rendering).
 */
export interface TemplateIssue {
  code: TemplateIssueCode;
  message: string;
  line?: number;
  column?: number;
}

const LIQUID_POSITION = /, line:\d+, col:\d+$/;

function limitMessage(message: string, limits: TemplateLimits): string | null {
  if (message.startsWith('template render limit exceeded')) {
    return `rendering took longer than ${limits.renderMs} ms; is a loop too large?`;
  }
  if (message.startsWith('memory alloc limit exceeded')) {
    return 'rendering needs too much memory; is a loop, range or repeated append too large?';
  }
  return null;
}

/**
 * Turns what liquidjs threw while parsing (`syntax_error`) or rendering (`render_error`)
 * into an issue with the line and column liquidjs reports, so that no template error is
 * ever thrown at the caller. liquidjs points at the innermost tag or output that failed.
 */
export function issueFromLiquidError(
  error: unknown,
  code: 'syntax_error' | 'render_error',
  limits: TemplateLimits,
): TemplateIssue {
  if (!(error instanceof Error)) {
    return { code, message: `the template failed: ${String(error)}` };
  }
  const message = error.message.replace(LIQUID_POSITION, '');
  const readable = limitMessage(message, limits) ?? message;
  if (!LiquidError.is(error)) return { code, message: readable };
  const [line, column] = error.token.getPosition();
  return { code, message: readable, line, column };
}

/** A `too_long` issue for a template or a rendered text over its limit. */
export function tooLongIssue(
  what: 'template' | 'rendered text',
  length: number,
  max: number,
): TemplateIssue {
  return {
    code: 'too_long',
    message: `the ${what} has ${length.toLocaleString('en-US')} characters; at most ${max.toLocaleString('en-US')} are allowed`,
  };
}
