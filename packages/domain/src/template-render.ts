import type { Channel } from './channel';
import type { Profile } from './profile';
import { referencedAttribute } from './template-check';
import { templateContext } from './template-context';
import {
  DEFAULT_TEMPLATE_LIMITS,
  templateEngine,
  type TemplateLimits,
  type TemplateOutput,
} from './template-engine';
import { issueFromLiquidError, tooLongIssue, type TemplateIssue } from './template-issue';
import { templateReferences } from './template-references';

/**
 * How a channel's messages are written: email is HTML, so profile values in it are escaped.
 * A variant without a channel is treated as email, the stricter choice.
 */
export function templateOutputFor(channel: Channel | null): TemplateOutput {
  switch (channel) {
    case null:
    case 'email':
      return 'html';
    case 'sms':
    case 'push':
    case 'phone':
    case 'post':
      return 'text';
  }
}

/** Options of `renderTemplate`. */
export interface RenderTemplateOptions {
  /** The channel the message is rendered for; null for a variant without a channel. */
  channel: Channel | null;
  /** Overrides the channel's output kind; subject lines are always `text`. */
  output?: TemplateOutput;
  /** Overrides of `DEFAULT_TEMPLATE_LIMITS`. */
  limits?: Partial<TemplateLimits>;
}

/** A template rendered for one profile, or the issues that stopped it. */
export type RenderTemplateResult =
  | {
      ok: true;
      text: string;
      /** Whether `text` is HTML (every profile value in it escaped), else plain text. */
      html: boolean;
      /** Attributes the template reads that this profile has no value for, in template order. */
      missing: string[];
    }
  | { ok: false; issues: TemplateIssue[] };

/**
 * Renders a message template for one real profile (see `templateContext` for what it can
 * read). For email and channel-less variants every `{{ … }}` is HTML-escaped, so markup in
 * profile data stays text; for SMS, push, phone and post nothing is escaped and the result
 * is flagged plain text. Missing values render empty, or as their `default`. Nothing is
 * thrown: syntax errors, render errors (with the line and column of the failing tag) and
 * exceeded limits come back as issues. Unknown variables are not an error here (they
 * render empty); `checkTemplate` reports them.
 */
export function renderTemplate(
  template: string,
  profile: Profile,
  options: RenderTemplateOptions,
): RenderTemplateResult {
  const limits = { ...DEFAULT_TEMPLATE_LIMITS, ...options.limits };
  if (template.length > limits.maxLength) {
    return { ok: false, issues: [tooLongIssue('template', template.length, limits.maxLength)] };
  }
  const output = options.output ?? templateOutputFor(options.channel);
  const liquid = templateEngine(output);
  let parsed;
  try {
    parsed = liquid.parse(template);
  } catch (error) {
    return { ok: false, issues: [issueFromLiquidError(error, 'syntax_error', limits)] };
  }
  let text: string;
  try {
    const rendered: unknown = liquid.renderSync(parsed, templateContext(profile), {
      renderLimit: limits.renderMs,
      memoryLimit: limits.memory,
    });
    text = String(rendered);
  } catch (error) {
    return { ok: false, issues: [issueFromLiquidError(error, 'render_error', limits)] };
  }
  if (text.length > limits.maxOutputLength) {
    const issue = tooLongIssue('rendered text', text.length, limits.maxOutputLength);
    return { ok: false, issues: [issue] };
  }
  const used = templateReferences(liquid, parsed, template).map(referencedAttribute);
  const missing = used.filter(
    (key): key is string => key !== null && profile.attributes[key] === undefined,
  );
  return { ok: true, text, html: output === 'html', missing: [...new Set(missing)] };
}
