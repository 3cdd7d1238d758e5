import type { RuleNode } from './rule-tree';

/** A problem the API found in a rule, by path (`rule.and[2].attribute.value`). */
export interface RuleIssue {
  path: string;
  message: string;
}

/** A problem placed on a node: `field` is what is left of the path below it (`attribute.value`). */
export interface NodeIssue {
  field: string;
  message: string;
}

/** Path of every node below the root, without the root's name (`and[2].not`); the root is ''. */
export function nodePaths(root: RuleNode): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (node: RuleNode, path: string) => {
    paths.set(path, node.id);
    const join = (part: string) => (path === '' ? part : `${path}.${part}`);
    if (node.kind === 'group') node.children.forEach((c, i) => walk(c, join(`${node.op}[${i}]`)));
    if (node.kind === 'not') walk(node.child, join('not'));
  };
  walk(root, '');
  return paths;
}

/**
 * Places the API's issues on the nodes they are about. The API names the rule's root after
 * the argument (`rule.` from `validateRule`, `segment.` from `segmentSize`), so the first
 * segment is dropped; each issue goes to the deepest node whose path starts it.
 */
export function issuesByNode(
  root: RuleNode,
  issues: readonly RuleIssue[],
): Map<string, NodeIssue[]> {
  const paths = nodePaths(root);
  const result = new Map<string, NodeIssue[]>();
  for (const issue of issues) {
    const path = issue.path.replace(/^[^.[]+\.?/, '');
    let nodePath = path;
    while (!paths.has(nodePath)) nodePath = parentPath(nodePath);
    const id = paths.get(nodePath) ?? root.id;
    const field = nodePath === '' ? path : path.slice(nodePath.length).replace(/^\./, '');
    result.set(id, [...(result.get(id) ?? []), { field, message: issue.message }]);
  }
  return result;
}

function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}
