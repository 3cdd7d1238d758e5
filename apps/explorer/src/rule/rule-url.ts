import { counterIds, rootFromJson, type RuleJson } from './rule-tree';

/** The search parameter a builder URL carries its rule in. */
export const RULE_PARAM = 'rule';

/** The rule as it goes into a URL: plain JSON, so that a shared link stays readable. */
export function encodeRule(rule: RuleJson): string {
  return JSON.stringify(rule);
}

/** The rule of a URL parameter, or null when it is absent or not a rule. */
export function decodeRule(text: string | null): RuleJson | null {
  if (!text) return null;
  try {
    const rule = JSON.parse(text) as RuleJson;
    rootFromJson(rule, counterIds(1)); // throws on shapes that are no rule
    return rule;
  } catch {
    return null;
  }
}
