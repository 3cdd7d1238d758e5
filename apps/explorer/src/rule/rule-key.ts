import { childrenOf, nodeToJson, type GroupNode, type RuleJson, type RuleNode } from './rule-tree';

/**
 * A rule as text with object keys sorted, so that the same rule always gives the same key
 * whichever editor built its objects (`{ key, op, min }` and `{ min, key, op }` are one rule).
 */
export function ruleKey(rule: RuleJson): string {
  return JSON.stringify(rule, (_, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** The rule key of every node below the root, by node id, in document order. */
export function subtreeKeys(root: GroupNode): Map<string, string> {
  const keys = new Map<string, string>();
  const walk = (node: RuleNode) => {
    if (node !== root) keys.set(node.id, ruleKey(nodeToJson(node)));
    childrenOf(node).forEach(walk);
  };
  walk(root);
  return keys;
}
