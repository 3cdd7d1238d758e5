import { type Catalog, type CatalogIndex, indexCatalog } from './catalog';
import { isTemplateProfileField, TEMPLATE_ROOT } from './template-context';
import { DEFAULT_TEMPLATE_LIMITS, templateEngine, type TemplateLimits } from './template-engine';
import { issueFromLiquidError, tooLongIssue, type TemplateIssue } from './template-issue';
import { type TemplateReference, templateReferences } from './template-references';

/** A catalog attribute a template reads as `profile.<attribute>`. */
export interface TemplateVariable {
  /** Attribute key (`first_name` for `profile.first_name`). */
  attribute: string;
  /** Whether the catalog has it. */
  known: boolean;
  /** Whether every use copes without a value (`default`, a condition, an `if` around it). */
  hasFallback: boolean;
  /** Where it is used, in template order. */
  uses: { line: number; column: number; hasFallback: boolean }[];
}

/** What `checkTemplate` found. `ok` is true when there are no issues. */
export interface TemplateCheck {
  ok: boolean;
  issues: TemplateIssue[];
  variables: TemplateVariable[];
}

/** Options of `checkTemplate`. */
export interface TemplateCheckOptions {
  /** Overrides of `DEFAULT_TEMPLATE_LIMITS` (only `maxLength` matters for a check). */
  limits?: Partial<TemplateLimits>;
}

/**
 * The attribute a reference reads (`first_name` for `profile.first_name.size`), or null when
 * it reads something else: a built-in field, an interest, another variable.
 */
export function referencedAttribute(reference: TemplateReference): string | null {
  const [root, key] = reference.segments;
  if (root !== TEMPLATE_ROOT || typeof key !== 'string' || isTemplateProfileField(key)) return null;
  return key;
}

/** A close catalog key for a typo (at most two edits), to suggest in a message. */
function closestKey(name: string, keys: Iterable<string>): string | null {
  let best: { key: string; distance: number } | null = null;
  for (const key of keys) {
    const distance = editDistance(name, key);
    if (distance <= 2 && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const WRITE_ATTRIBUTE = `write ${TEMPLATE_ROOT}.<attribute key>`;

function referenceProblem(reference: TemplateReference, catalog: CatalogIndex): string | null {
  const [root, key, topic] = reference.segments;
  const { text } = reference;
  if (root !== TEMPLATE_ROOT) {
    const hint =
      typeof root === 'string' && catalog.attributes.has(root)
        ? `did you mean ${TEMPLATE_ROOT}.${root}?`
        : `profile values are read as ${TEMPLATE_ROOT}.<attribute key>`;
    return `unknown variable "${text}"; ${hint}`;
  }
  if (key === undefined) return `${TEMPLATE_ROOT} is not a value on its own; ${WRITE_ATTRIBUTE}`;
  if (typeof key !== 'string')
    return `"${text}" uses a computed key, which cannot be checked; ${WRITE_ATTRIBUTE}`;
  if (key === 'interests') {
    if (typeof topic !== 'string') return `write ${TEMPLATE_ROOT}.interests.<interest key>`;
    return catalog.interests.has(topic) ? null : `unknown interest "${topic}" in "${text}"`;
  }
  if (isTemplateProfileField(key) || catalog.attributes.has(key)) return null;
  const suggestion = closestKey(key, catalog.attributes.keys());
  const hint = suggestion ? `; did you mean ${TEMPLATE_ROOT}.${suggestion}?` : '';
  return `unknown attribute "${key}" in "${text}"${hint}`;
}

function collectVariables(
  references: readonly TemplateReference[],
  catalog: CatalogIndex,
): TemplateVariable[] {
  const byAttribute = new Map<string, TemplateVariable>();
  for (const reference of references) {
    const attribute = referencedAttribute(reference);
    if (attribute === null) continue;
    const { line, column, hasFallback } = reference;
    const variable = byAttribute.get(attribute) ?? {
      attribute,
      known: catalog.attributes.has(attribute),
      hasFallback: true,
      uses: [],
    };
    variable.uses.push({ line, column, hasFallback });
    variable.hasFallback &&= hasFallback;
    byAttribute.set(attribute, variable);
  }
  return [...byAttribute.values()];
}

/**
 * Checks a message template (Liquid) against the catalog without rendering it: it must be
 * within `maxLength`, parse (`syntax_error` with line and column, also for an unknown filter
 * or a refused `include`/`render`/`layout`), and read only `profile.<attribute>`,
 * `profile.interests.<topic>`, `profile.external_id` and `profile.preferred_channel` with
 * keys the catalog has (`unknown_variable`, one issue per use). `variables` lists the
 * catalog attributes it reads, known or not, and whether each use copes without a value.
 */
export function checkTemplate(
  template: string,
  catalog: CatalogIndex | Catalog,
  options: TemplateCheckOptions = {},
): TemplateCheck {
  const limits = { ...DEFAULT_TEMPLATE_LIMITS, ...options.limits };
  if (template.length > limits.maxLength) {
    const issue = tooLongIssue('template', template.length, limits.maxLength);
    return { ok: false, issues: [issue], variables: [] };
  }
  const index = 'catalog' in catalog ? catalog : indexCatalog(catalog);
  const liquid = templateEngine('html');
  let parsed;
  try {
    parsed = liquid.parse(template);
  } catch (error) {
    const issue = issueFromLiquidError(error, 'syntax_error', limits);
    return { ok: false, issues: [issue], variables: [] };
  }
  const references = templateReferences(liquid, parsed, template);
  const issues = references.flatMap((reference): TemplateIssue[] => {
    const message = referenceProblem(reference, index);
    if (message === null) return [];
    const { line, column } = reference;
    return [{ code: 'unknown_variable', message, line, column }];
  });
  return { ok: issues.length === 0, issues, variables: collectVariables(references, index) };
}

/**
 * The catalog attributes a template prints without a fallback: members of a segment who
 * lack one of them get an empty spot in their message, so the API counts them
 * (`first_name missing for 1,204 of 18,330`). Unknown attributes are left out; they are
 * already issues.
 */
export function attributesNeedingValues(check: Pick<TemplateCheck, 'variables'>): string[] {
  return check.variables
    .filter((variable) => variable.known && !variable.hasFallback)
    .map((variable) => variable.attribute);
}
