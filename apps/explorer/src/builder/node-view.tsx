import type { RuleNode } from '../rule/rule-tree';
import { ConditionView } from './condition-view';
import { GroupView } from './group-view';
import { NotView } from './not-view';

/** One node of the rule tree, drawn by its kind. */
export function NodeView({ node, depth }: { node: RuleNode; depth: number }) {
  switch (node.kind) {
    case 'group':
      return <GroupView group={node} depth={depth} />;
    case 'not':
      return <NotView node={node} depth={depth} />;
    case 'attribute':
    case 'interest':
    case 'event':
    case 'score':
    case 'reachable':
    case 'segment':
      return <ConditionView node={node} />;
  }
}
