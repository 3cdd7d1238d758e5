import { childrenOf, type GroupNode, type IdSource, type RuleNode } from './rule-tree';

/** The node with `id`, or undefined. */
export function findNode(root: RuleNode, id: string): RuleNode | undefined {
  if (root.id === id) return root;
  for (const child of childrenOf(root)) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

/** The parent of the node with `id` and its index there; undefined for the root or no such node. */
export function findParent(
  root: RuleNode,
  id: string,
): { parent: RuleNode; index: number } | undefined {
  const children = childrenOf(root);
  const index = children.findIndex((c) => c.id === id);
  if (index >= 0) return { parent: root, index };
  for (const child of children) {
    const found = findParent(child, id);
    if (found) return found;
  }
  return undefined;
}

/** Whether `id` is `ancestorId` itself or lies below it. */
export function isWithin(root: RuleNode, ancestorId: string, id: string): boolean {
  const ancestor = findNode(root, ancestorId);
  return ancestor !== undefined && findNode(ancestor, id) !== undefined;
}

/** The tree with the node `id` replaced by `replace(node)`; unchanged nodes keep their identity. */
export function updateNode<T extends RuleNode>(
  root: T,
  id: string,
  replace: (node: RuleNode) => RuleNode,
): T {
  return update(root, id, replace) as T;
}

function update(node: RuleNode, id: string, replace: (node: RuleNode) => RuleNode): RuleNode {
  if (node.id === id) return replace(node);
  if (node.kind === 'group') {
    const children = node.children.map((c) => update(c, id, replace));
    return children.every((c, i) => c === node.children[i]) ? node : { ...node, children };
  }
  if (node.kind === 'not') {
    const child = update(node.child, id, replace);
    return child === node.child ? node : { ...node, child };
  }
  return node;
}

/** The tree without the node `id`; a `not` left without its child goes too. */
export function removeNode(root: GroupNode, id: string): GroupNode {
  const place = findParent(root, id);
  if (!place) return root;
  if (place.parent.kind === 'not') return removeNode(root, place.parent.id);
  return updateNode(root, place.parent.id, (parent) =>
    parent.kind === 'group'
      ? { ...parent, children: parent.children.filter((c) => c.id !== id) }
      : parent,
  );
}

/** The tree with `node` inserted into the group `groupId` at `index` (clamped). */
export function insertNode(
  root: GroupNode,
  groupId: string,
  index: number,
  node: RuleNode,
): GroupNode {
  return updateNode(root, groupId, (group) => {
    if (group.kind !== 'group') return group;
    const children = [...group.children];
    children.splice(Math.max(0, Math.min(index, children.length)), 0, node);
    return { ...group, children };
  });
}

/** A deep copy of `node` with fresh ids. */
export function cloneWithNewIds(node: RuleNode, ids: IdSource): RuleNode {
  const id = ids.next();
  if (node.kind === 'group') {
    return { ...node, id, children: node.children.map((c) => cloneWithNewIds(c, ids)) };
  }
  if (node.kind === 'not') return { ...node, id, child: cloneWithNewIds(node.child, ids) };
  return { ...node, id };
}

/** Every group of the tree in document order, with its depth (root 0). */
export function groupsOf(root: RuleNode, depth = 0): { group: GroupNode; depth: number }[] {
  const own = root.kind === 'group' ? [{ group: root, depth }] : [];
  return [...own, ...childrenOf(root).flatMap((c) => groupsOf(c, depth + 1))];
}
