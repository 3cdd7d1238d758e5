import { Liquid, Tag, type TagToken, type TopLevelToken } from 'liquidjs';

/** Limits that keep one template from using unbounded time or memory. */
export interface TemplateLimits {
  /** Longest template accepted, in characters; as long as `MessageVariant.template` allows. */
  maxLength: number;
  /** Milliseconds one render may take (liquidjs `renderLimit`). */
  renderMs: number;
  /** Characters and array items one render may allocate (liquidjs `memoryLimit`). */
  memory: number;
  /** Longest rendered text, in characters. */
  maxOutputLength: number;
}

/** The limits every check and render uses unless told otherwise. */
export const DEFAULT_TEMPLATE_LIMITS: Readonly<TemplateLimits> = {
  maxLength: 20_000,
  renderMs: 200,
  memory: 10_000_000,
  maxOutputLength: 100_000,
};

/**
 * How output values are written: `html` escapes every `{{ … }}` (email, where a `<script>` in
 * a first name must stay text), `text` writes them as they are (SMS, push, phone, post).
 */
export type TemplateOutput = 'html' | 'text';

/** Tags that would load another template; a message template stands alone. */
const FILE_TAGS = ['include', 'render', 'layout'] as const;

/**
 * Replaces `include`, `render` and `layout`: fails while parsing, so the check reports it at
 * its line and column and no render ever looks for a file.
 */
class RefusedTag extends Tag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    throw new Error(
      `{% ${token.name} %} cannot be used: a message template cannot load other templates`,
    );
  }

  render(): void {}
}

/** Filters whose result is HTML-escaped already. */
const ESCAPING_FILTERS = ['escape', 'escape_once'] as const;

function markRaw(liquid: Liquid, name: string): void {
  const filter = liquid.filters[name];
  if (!filter) throw new Error(`liquidjs has no "${name}" filter`);
  const handler = typeof filter === 'function' ? filter : filter.handler;
  liquid.registerFilter(name, { handler, raw: true });
}

function createEngine(output: TemplateOutput): Liquid {
  const liquid = new Liquid({
    outputEscape: output === 'html' ? 'escape' : undefined,
    // An unknown filter is a mistake to report, not something to skip silently.
    strictFilters: true,
    // Missing profile values are normal: they render empty, or as their `default`.
    strictVariables: false,
    ownPropertyOnly: true,
    // An empty in-memory template map: even a lookup that got past the refused tags would
    // find nothing, and never read the file system.
    templates: {},
    relativeReference: false,
    // Same output on every server: dates in UTC, English day and month names.
    timezoneOffset: 0,
    locale: 'en-US',
    // A backstop only: templates longer than `maxLength` are refused before parsing.
    parseLimit: 1_000_000,
  });
  for (const tag of FILE_TAGS) liquid.registerTag(tag, RefusedTag);
  // `raw` would turn a profile value into markup again; it does not exist here.
  liquid.unregisterFilter('raw');
  // Their result is already escaped; marking them raw avoids escaping it twice.
  if (output === 'html') for (const name of ESCAPING_FILTERS) markRaw(liquid, name);
  return liquid;
}

const engines = new Map<TemplateOutput, Liquid>();

/**
 * The configured liquidjs engine for an output kind, created once: strict filters, no
 * `raw`, no `include`/`render`/`layout`, no file system, UTC dates. Both kinds accept exactly
 * the same templates; they differ only in escaping.
 */
export function templateEngine(output: TemplateOutput): Liquid {
  let engine = engines.get(output);
  if (!engine) {
    engine = createEngine(output);
    engines.set(output, engine);
  }
  return engine;
}
