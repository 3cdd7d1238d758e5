import type { MessageVariant } from './campaign';
import type { Catalog, CatalogIndex } from './catalog';
import type { Channel } from './channel';
import { type Issue, joinPath } from './issue';
import type { Profile } from './profile';
import { smsLength, type SmsLength } from './sms-length';
import { checkTemplate, type TemplateVariable } from './template-check';
import type { TemplateLimits } from './template-engine';
import type { TemplateIssue } from './template-issue';
import { renderTemplate } from './template-render';

/** The parts of a variant that hold templates. */
export type VariantTemplates = Pick<MessageVariant, 'template' | 'subject' | 'channel'>;

/** What `checkMessageVariant` found. `ok` is true when there are no issues. */
export interface MessageVariantCheck {
  ok: boolean;
  /** Issues of the body (`<path>.template`) and the subject (`<path>.subject`). */
  issues: Issue[];
  /** Attributes read by body or subject; `hasFallback` only when every use in both has one. */
  variables: TemplateVariable[];
}

/** The longest subject line, as `MessageVariant.subject` allows. */
export const MAX_SUBJECT_LENGTH = 1000;

const atPath = (path: string) => (issue: TemplateIssue) => ({ path, ...issue }) satisfies Issue;

function mergeVariables(lists: readonly TemplateVariable[][]): TemplateVariable[] {
  const merged = new Map<string, TemplateVariable>();
  for (const variable of lists.flat()) {
    const seen = merged.get(variable.attribute);
    merged.set(
      variable.attribute,
      seen
        ? {
            ...seen,
            hasFallback: seen.hasFallback && variable.hasFallback,
            uses: [...seen.uses, ...variable.uses],
          }
        : variable,
    );
  }
  return [...merged.values()];
}

/**
 * Checks a message variant's body and subject templates (see `checkTemplate`), naming each
 * issue by its path: `variants[0].template`, `variants[0].subject`. Pass the variant's own
 * path as `path`; line and column stay those within the template.
 */
export function checkMessageVariant(
  variant: VariantTemplates,
  catalog: CatalogIndex | Catalog,
  path = 'variant',
  limits: Partial<TemplateLimits> = {},
): MessageVariantCheck {
  const body = checkTemplate(variant.template, catalog, { limits });
  const subject =
    variant.subject === null
      ? null
      : checkTemplate(variant.subject, catalog, {
          limits: { ...limits, maxLength: MAX_SUBJECT_LENGTH },
        });
  const issues = [
    ...body.issues.map(atPath(joinPath(path, 'template'))),
    ...(subject?.issues ?? []).map(atPath(joinPath(path, 'subject'))),
  ];
  const variables = mergeVariables([body.variables, subject?.variables ?? []]);
  return { ok: issues.length === 0, issues, variables };
}

/** A variant rendered for one profile, or the issues that stopped it. */
export type RenderedMessage =
  | {
      ok: true;
      /** Rendered subject as plain text on one line, or null when the variant has none. */
      subject: string | null;
      text: string;
      /** Whether `text` is HTML with escaped profile values, else plain text. */
      html: boolean;
      /** Attributes body or subject read that the profile has no value for. */
      missing: string[];
      /** Length of `text` as an SMS, for the sms channel; else null. */
      sms: SmsLength | null;
    }
  | { ok: false; issues: Issue[] };

/**
 * Renders a variant for one profile over `channel` (default: the variant's own). The body
 * follows `renderTemplate`; the subject is plain text, never HTML-escaped (mail clients show
 * it as text), with line breaks turned into spaces so that profile data cannot add headers.
 */
export function renderMessageVariant(
  variant: VariantTemplates,
  profile: Profile,
  options: { channel?: Channel | null; path?: string; limits?: Partial<TemplateLimits> } = {},
): RenderedMessage {
  const channel = options.channel === undefined ? variant.channel : options.channel;
  const path = options.path ?? 'variant';
  const body = renderTemplate(variant.template, profile, { channel, limits: options.limits });
  const subject =
    variant.subject === null
      ? null
      : renderTemplate(variant.subject, profile, {
          channel,
          output: 'text',
          limits: { ...options.limits, maxLength: MAX_SUBJECT_LENGTH },
        });
  if (!body.ok || (subject && !subject.ok)) {
    return {
      ok: false,
      issues: [
        ...(body.ok ? [] : body.issues.map(atPath(joinPath(path, 'template')))),
        ...(!subject || subject.ok ? [] : subject.issues.map(atPath(joinPath(path, 'subject')))),
      ],
    };
  }
  return {
    ok: true,
    subject: subject ? subject.text.replace(/\s*[\r\n]+\s*/g, ' ').trim() : null,
    text: body.text,
    html: body.html,
    missing: [...new Set([...(subject?.missing ?? []), ...body.missing])],
    sms: channel === 'sms' ? smsLength(body.text) : null,
  };
}
