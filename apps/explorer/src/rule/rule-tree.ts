import type { AttributeOperator, Channel } from '../gql/graphql';

/** A value an attribute condition compares with (dates are `YYYY-MM-DD` strings). */
export type AttributeValue = string | number | boolean;

/** Operators a score condition allows. */
export type ScoreOperator = 'lt' | 'lte' | 'gt' | 'gte';

/** `attribute` leaf: give the fields `op` needs (see the API's `AttributeConditionInput`). */
export interface AttributeCondition {
  key: string;
  op: AttributeOperator;
  value?: AttributeValue;
  values?: AttributeValue[];
  min?: AttributeValue;
  max?: AttributeValue;
}

/** `event` leaf: between `atLeast` and `atMost` events in the last `withinDays` days. */
export interface EventCondition {
  type: string;
  withinDays: number;
  atLeast?: number;
  atMost?: number;
}

/**
 * A segment rule on the wire: exactly the shape of the API's `RuleInput`, so that a rule read
 * from a saved segment or the URL can be sent back unchanged.
 */
export type RuleJson =
  | { and: RuleJson[] }
  | { or: RuleJson[] }
  | { not: RuleJson }
  | { attribute: AttributeCondition }
  | { interest: { topic: string; minAffinity: number } }
  | { event: EventCondition }
  | { score: { model: string; op: ScoreOperator; value: number } }
  | { reachable: { channel: Channel } }
  | { segment: { id: string } };

/** The leaf payload of a node: one condition, tagged by its kind. */
export type Condition =
  | { kind: 'attribute'; attribute: AttributeCondition }
  | { kind: 'interest'; interest: { topic: string; minAffinity: number } }
  | { kind: 'event'; event: EventCondition }
  | { kind: 'score'; score: { model: string; op: ScoreOperator; value: number } }
  | { kind: 'reachable'; reachable: { channel: Channel } }
  | { kind: 'segment'; segment: { id: string } };

/** The kinds of leaf conditions. */
export type ConditionKind = Condition['kind'];

/** An `and` / `or` group. */
export interface GroupNode {
  id: string;
  kind: 'group';
  op: 'and' | 'or';
  children: RuleNode[];
}

/** A negation of one child. */
export interface NotNode {
  id: string;
  kind: 'not';
  child: RuleNode;
}

/** A leaf condition with its id. */
export type ConditionNode = Condition & { id: string };

/**
 * The builder's rule tree: the wire rule with a stable id on every node, so that edits,
 * drags and validation messages can name a node however the tree around it changes.
 */
export type RuleNode = GroupNode | NotNode | ConditionNode;

/** Hands out node ids `n1`, `n2`, … in order, so that the reducer stays deterministic. */
export interface IdSource {
  next(): string;
}

/** An id source counting up from `start`; `peek` tells the next number. */
export function counterIds(start: number): IdSource & { peek(): number } {
  let n = start;
  return { next: () => `n${n++}`, peek: () => n };
}

/** Builds a node tree with fresh ids from a wire rule (or a part of one). */
export function nodeFromJson(json: RuleJson, ids: IdSource): RuleNode {
  const id = ids.next();
  if ('and' in json)
    return { id, kind: 'group', op: 'and', children: json.and.map((c) => nodeFromJson(c, ids)) };
  if ('or' in json)
    return { id, kind: 'group', op: 'or', children: json.or.map((c) => nodeFromJson(c, ids)) };
  if ('not' in json) return { id, kind: 'not', child: nodeFromJson(json.not, ids) };
  return { id, ...conditionFromJson(json) };
}

function conditionFromJson(json: RuleJson): Condition {
  if ('attribute' in json) return { kind: 'attribute', attribute: json.attribute };
  if ('interest' in json) return { kind: 'interest', interest: json.interest };
  if ('event' in json) return { kind: 'event', event: json.event };
  if ('score' in json) return { kind: 'score', score: json.score };
  if ('reachable' in json) return { kind: 'reachable', reachable: json.reachable };
  if ('segment' in json) return { kind: 'segment', segment: json.segment };
  throw new Error('not a leaf rule');
}

/** A root group from a wire rule: a rule that is not a group is wrapped in an `and` of one. */
export function rootFromJson(json: RuleJson | null, ids: IdSource): GroupNode {
  if (json === null) return { id: ids.next(), kind: 'group', op: 'and', children: [] };
  const node = nodeFromJson(json, ids);
  if (node.kind === 'group') return node;
  return { id: ids.next(), kind: 'group', op: 'and', children: [node] };
}

/** The wire rule of a node (ids dropped). */
export function nodeToJson(node: RuleNode): RuleJson {
  switch (node.kind) {
    case 'group':
      return node.op === 'and'
        ? { and: node.children.map(nodeToJson) }
        : { or: node.children.map(nodeToJson) };
    case 'not':
      return { not: nodeToJson(node.child) };
    case 'attribute':
      return { attribute: node.attribute };
    case 'interest':
      return { interest: node.interest };
    case 'event':
      return { event: node.event };
    case 'score':
      return { score: node.score };
    case 'reachable':
      return { reachable: node.reachable };
    case 'segment':
      return { segment: node.segment };
  }
}

/** The condition payload of a leaf node (its id dropped). */
export function conditionOf(node: ConditionNode): Condition {
  const { id: _id, ...condition } = node;
  return condition;
}

/** Children of a node, in order (none for leaves). */
export function childrenOf(node: RuleNode): RuleNode[] {
  if (node.kind === 'group') return node.children;
  if (node.kind === 'not') return [node.child];
  return [];
}
