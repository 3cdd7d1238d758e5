/** A problem the API found in an input, named by its path (`campaign.transparency.sponsor.contact`). */
export interface InputIssue {
  path: string;
  message: string;
}

/**
 * Places the API's issues about the input at `prefix` on the form fields that edit it, so each
 * message can be shown next to its field. `fields` are paths below `prefix` (`sponsor.name`).
 * An issue goes to the field it names or lies inside (`amountPaid.currency` → `amountPaid`),
 * else to the first field inside what it names (`sponsor` → `sponsor.name`), else to `''`: the
 * form as a whole. Issues about other inputs are left out.
 */
export function issuesByField(
  issues: readonly InputIssue[],
  prefix: string,
  fields: readonly string[],
): Map<string, string[]> {
  const placed = new Map<string, string[]>();
  for (const issue of issues) {
    const path = relativePath(issue.path, prefix);
    if (path === null) continue;
    const field =
      deepest(fields.filter((f) => path === f || isInside(path, f))) ??
      (path ? fields.find((f) => isInside(f, path)) : undefined) ??
      '';
    placed.set(field, [...(placed.get(field) ?? []), issue.message]);
  }
  return placed;
}

/** Whether `issues` has one about the input at `prefix` or inside it. */
export function hasIssuesUnder(issues: readonly InputIssue[], prefix: string): boolean {
  return issues.some((issue) => relativePath(issue.path, prefix) !== null);
}

/** `path` below `prefix` ('' for `prefix` itself), or null when it is not inside it. */
function relativePath(path: string, prefix: string): string | null {
  if (path === prefix) return '';
  if (path.startsWith(`${prefix}.`)) return path.slice(prefix.length + 1);
  if (path.startsWith(`${prefix}[`)) return path.slice(prefix.length);
  return null;
}

function isInside(path: string, parent: string): boolean {
  return path.startsWith(`${parent}.`) || path.startsWith(`${parent}[`);
}

function deepest(paths: readonly string[]): string | undefined {
  return [...paths].sort((a, b) => b.length - a.length)[0];
}
