import { hrefTo } from '../router/router';
import type { RuleJson } from '../rule/rule-tree';
import { encodeRule } from '../rule/rule-url';

/** The builder link for a new draft: members of every one of `ids` (one id: that segment). */
export function intersectionDraftHref(ids: readonly string[]): string {
  const refs: RuleJson[] = [...new Set(ids)].map((id) => ({ segment: { id } }));
  return hrefTo('/builder', { rule: encodeRule({ and: refs }) });
}
