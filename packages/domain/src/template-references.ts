import {
  CaseTag,
  IfTag,
  UnlessTag,
  Value,
  toValueSync,
  type Liquid,
  type Template,
  type Token,
  type Variable,
} from 'liquidjs';

/** One place where a template reads a variable that the template itself does not assign. */
export interface TemplateReference {
  /** The variable as written: `profile.first_name`, `profile.interests.climate`. */
  text: string;
  /** Root and property names; null for a key computed while rendering (`profile[key]`). */
  segments: (string | number | null)[];
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /**
   * Whether the template copes without a value here: the use is followed by a `default`
   * filter in the same value (`{{ profile.first_name | default: "there" }}`), is itself a
   * condition (`if`, `elsif`, `unless`, `case`, `when`), or sits in an `if`/`elsif` branch
   * whose condition tests the same variable.
   */
  hasFallback: boolean;
}

type Range = readonly [begin: number, end: number];

const within = (offset: number, [begin, end]: Range) => offset >= begin && offset < end;

function* allTemplates(templates: readonly Template[]): Generator<Template> {
  for (const template of templates) {
    yield template;
    const children = template.children?.(false, true);
    if (children) yield* allTemplates(toValueSync(children));
  }
}

function tokensOf(value: Value): Token[] {
  const args = value.filters.flatMap((filter) =>
    filter.args.flatMap((arg) => (Array.isArray(arg) ? (arg[1] ? [arg[1]] : []) : [arg])),
  );
  return [...value.initial.postfix, ...args];
}

function rangeOf(tokens: readonly Token[]): Range | null {
  if (tokens.length === 0) return null;
  return [Math.min(...tokens.map((t) => t.begin)), Math.max(...tokens.map((t) => t.end))];
}

/** From the value's start to the argument of its last `default`: what that default covers. */
function defaultRange(value: Value): Range | null {
  const last = value.filters.findLastIndex((filter) => filter.name === 'default');
  const fallback = value.filters[last]?.args[0];
  const start = rangeOf(value.initial.postfix);
  if (!fallback || !start) return null;
  const fallbackToken = Array.isArray(fallback) ? fallback[1] : fallback;
  return fallbackToken ? [start[0], fallbackToken.begin] : null;
}

interface Ranges {
  defaults: Range[];
  conditions: Range[];
  guards: { condition: Range; body: Template[] }[];
}

function collectRanges(templates: readonly Template[]): Ranges {
  const ranges: Ranges = { defaults: [], conditions: [], guards: [] };
  const addCondition = (range: Range | null) => range && ranges.conditions.push(range);
  for (const template of allTemplates(templates)) {
    for (const argument of template.arguments?.() ?? []) {
      const covered = argument instanceof Value ? defaultRange(argument) : null;
      if (covered) ranges.defaults.push(covered);
    }
    if (template instanceof IfTag) {
      for (const branch of template.branches) {
        const condition = rangeOf(tokensOf(branch.value));
        addCondition(condition);
        if (condition) ranges.guards.push({ condition, body: branch.templates });
      }
    } else if (template instanceof UnlessTag) {
      for (const branch of template.branches) addCondition(rangeOf(tokensOf(branch.value)));
    } else if (template instanceof CaseTag) {
      addCondition(rangeOf(tokensOf(template.value)));
      for (const branch of template.branches) addCondition(rangeOf(branch.values));
    }
  }
  return ranges;
}

function segmentsOf(variable: Variable): (string | number | null)[] {
  return variable.segments.map((segment) => (typeof segment === 'object' ? null : segment));
}

/**
 * Every place a parsed template reads a variable it does not assign itself (liquidjs static
 * analysis: `analyzeSync(…).globals`), with whether the template copes without a value there.
 */
export function templateReferences(
  liquid: Liquid,
  templates: Template[],
  source: string,
): TemplateReference[] {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i += 1) if (source[i] === '\n') lineStarts.push(i + 1);
  const offsetOf = ({ location }: Variable) =>
    (lineStarts[location.row - 1] ?? 0) + location.col - 1;
  const keyOf = (variable: Variable) => segmentsOf(variable).slice(0, 2).join('.');

  const globals = Object.values(liquid.analyzeSync(templates, { partials: false }).globals).flat();
  const ranges = collectRanges(templates);
  const guarded = new Set<number>();
  for (const { condition, body } of ranges.guards) {
    const tested = new Set(globals.filter((v) => within(offsetOf(v), condition)).map(keyOf));
    const inBody = Object.values(liquid.analyzeSync(body, { partials: false }).variables).flat();
    for (const variable of inBody) {
      if (tested.has(keyOf(variable))) guarded.add(offsetOf(variable));
    }
  }
  return globals
    .map((variable) => {
      const offset = offsetOf(variable);
      const hasFallback =
        guarded.has(offset) ||
        ranges.defaults.some((range) => within(offset, range)) ||
        ranges.conditions.some((range) => within(offset, range));
      const { row: line, col: column } = variable.location;
      return {
        text: variable.toString(),
        segments: segmentsOf(variable),
        line,
        column,
        hasFallback,
      };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
