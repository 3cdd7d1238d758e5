import {
  counterIds,
  nodeFromJson,
  rootFromJson,
  type Condition,
  type GroupNode,
  type RuleJson,
} from './rule-tree';
import {
  cloneWithNewIds,
  findNode,
  findParent,
  insertNode,
  isWithin,
  removeNode,
  updateNode,
} from './tree-ops';

/** How many edits undo remembers. */
export const HISTORY_LIMIT = 100;

/** The segment builder's state: the rule tree, the next node id, and undo / redo stacks. */
export interface BuilderState {
  root: GroupNode;
  nextId: number;
  past: GroupNode[];
  future: GroupNode[];
  /** Id of the condition edited last with `coalesce`; further such edits share one undo step. */
  coalesceId: string | null;
}

/** Everything a strategist can do to the rule tree. */
export type BuilderAction =
  /** Adds a condition or group (given as wire rule) to the end of a group, or at `index`. */
  | { type: 'add'; groupId: string; rule: RuleJson; index?: number }
  /** Replaces a leaf's condition; `coalesce` merges a run of edits (slider, typing) into one undo step. */
  | { type: 'set-condition'; id: string; condition: Condition; coalesce?: boolean }
  | { type: 'set-group-op'; id: string; op: 'and' | 'or' }
  | { type: 'remove'; id: string }
  | { type: 'duplicate'; id: string }
  /** Moves a node one place up (-1) or down (+1) among its siblings. */
  | { type: 'move'; id: string; by: -1 | 1 }
  /** Moves a node into a group at `index` (drag and drop); never into itself. */
  | { type: 'move-to'; id: string; groupId: string; index: number }
  /** Moves a node into the group just above it (keyboard regrouping). */
  | { type: 'indent'; id: string }
  /** Moves a node out of its group, to just after that group (keyboard regrouping). */
  | { type: 'outdent'; id: string }
  /** Wraps a node in a `not`, or unwraps a `not`. */
  | { type: 'toggle-not'; id: string }
  /** Wraps a node in a new group of its own. */
  | { type: 'wrap'; id: string; op: 'and' | 'or' }
  /** Replaces the whole rule (open a saved segment, a URL, an overlap cell). */
  | { type: 'load'; rule: RuleJson | null }
  | { type: 'undo' }
  | { type: 'redo' };

/** A builder holding `rule` (an empty `and` when null), with empty history. */
export function initialBuilderState(rule: RuleJson | null = null): BuilderState {
  const ids = counterIds(1);
  const root = rootFromJson(rule, ids);
  return { root, nextId: ids.peek(), past: [], future: [], coalesceId: null };
}

/** The builder's pure reducer: every edit is undoable, edits that change nothing are dropped. */
export function builderReducer(state: BuilderState, action: BuilderAction): BuilderState {
  if (action.type === 'undo') {
    const previous = state.past.at(-1);
    if (!previous) return state;
    return {
      ...state,
      root: previous,
      past: state.past.slice(0, -1),
      future: [state.root, ...state.future],
      coalesceId: null,
    };
  }
  if (action.type === 'redo') {
    const [next, ...future] = state.future;
    if (!next) return state;
    return { ...state, root: next, past: [...state.past, state.root], future, coalesceId: null };
  }
  const ids = counterIds(state.nextId);
  const root = edit(state.root, action, ids);
  if (root === state.root) return state;
  const coalesceId = action.type === 'set-condition' && action.coalesce ? action.id : null;
  const merge = coalesceId !== null && coalesceId === state.coalesceId;
  return {
    root,
    nextId: ids.peek(),
    past: merge ? state.past : [...state.past, state.root].slice(-HISTORY_LIMIT),
    future: [],
    coalesceId,
  };
}

type EditAction = Exclude<BuilderAction, { type: 'undo' } | { type: 'redo' }>;

function edit(root: GroupNode, action: EditAction, ids: ReturnType<typeof counterIds>): GroupNode {
  switch (action.type) {
    case 'add': {
      const group = findNode(root, action.groupId);
      if (group?.kind !== 'group') return root;
      const index = action.index ?? group.children.length;
      return insertNode(root, group.id, index, nodeFromJson(action.rule, ids));
    }
    case 'set-condition':
      return updateNode(root, action.id, (node) =>
        node.kind === 'group' || node.kind === 'not' ? node : { id: node.id, ...action.condition },
      );
    case 'set-group-op':
      return updateNode(root, action.id, (node) =>
        node.kind === 'group' && node.op !== action.op ? { ...node, op: action.op } : node,
      );
    case 'remove':
      if (action.id === root.id) return root.children.length ? { ...root, children: [] } : root;
      return removeNode(root, action.id);
    case 'duplicate': {
      const place = findParent(root, action.id);
      const node = findNode(root, action.id);
      if (!place || !node || place.parent.kind !== 'group') return root;
      return insertNode(root, place.parent.id, place.index + 1, cloneWithNewIds(node, ids));
    }
    case 'move': {
      const place = findParent(root, action.id);
      if (!place || place.parent.kind !== 'group') return root;
      const target = place.index + action.by;
      if (target < 0 || target >= place.parent.children.length) return root;
      // moveTo counts positions before the move: one further down means skipping two.
      return moveTo(root, action.id, place.parent.id, action.by === 1 ? target + 1 : target);
    }
    case 'move-to':
      return moveTo(root, action.id, action.groupId, action.index);
    case 'indent': {
      const place = findParent(root, action.id);
      if (!place || place.parent.kind !== 'group') return root;
      const above = place.parent.children[place.index - 1];
      if (above?.kind !== 'group') return root;
      return moveTo(root, action.id, above.id, above.children.length);
    }
    case 'outdent': {
      const place = findParent(root, action.id);
      if (!place || place.parent.kind !== 'group') return root;
      const outer = findParent(root, place.parent.id);
      if (!outer || outer.parent.kind !== 'group') return root;
      return moveTo(root, action.id, outer.parent.id, outer.index + 1);
    }
    case 'toggle-not': {
      const node = findNode(root, action.id);
      if (!node || node.id === root.id) return root;
      if (node.kind === 'not')
        return updateNode(root, node.id, (n) => (n.kind === 'not' ? n.child : n));
      return updateNode(root, node.id, (n) => ({ id: ids.next(), kind: 'not', child: n }));
    }
    case 'wrap': {
      if (action.id === root.id) return root;
      return updateNode(root, action.id, (n) => ({
        id: ids.next(),
        kind: 'group',
        op: action.op,
        children: [n],
      }));
    }
    case 'load':
      return rootFromJson(action.rule, ids);
  }
}

/**
 * Moves `id` into group `groupId` at `index`, where `index` counts the group's children
 * before the move (so dropping "below item 2" means the same whether or not the node came from
 * this group).
 */
function moveTo(root: GroupNode, id: string, groupId: string, index: number): GroupNode {
  const node = findNode(root, id);
  const group = findNode(root, groupId);
  const place = findParent(root, id);
  if (!node || !place || group?.kind !== 'group' || isWithin(root, id, groupId)) return root;
  if (place.parent.kind !== 'group') return root;
  const sameGroup = place.parent.id === groupId;
  const target = sameGroup && place.index < index ? index - 1 : index;
  if (sameGroup && target === place.index) return root;
  return insertNode(removeNode(root, id), groupId, target, node);
}
