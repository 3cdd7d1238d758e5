import { hasIssueWithin } from '../rule/issue-paths';
import type { NotNode } from '../rule/rule-tree';
import { useBuilder } from './builder-context';
import { DragHandle } from './drag-handle';
import { NodeActions } from './node-actions';
import { NodeView } from './node-view';
import { SubtreeCount } from './subtree-count';

/** A negated node: everyone the child does not select. */
export function NotView({ node, depth }: { node: NotNode; depth: number }) {
  const { issues } = useBuilder();
  return (
    <section className="not-node" aria-label="NOT" data-node-id={node.id}>
      <header className="node-header">
        <DragHandle id={node.id} label="NOT" />
        <strong className="not-label">NOT</strong>
        <SubtreeCount node={node} valid={!hasIssueWithin(node, issues)} />
        <NodeActions id={node.id} label="NOT" />
      </header>
      <NodeView node={node.child} depth={depth + 1} />
    </section>
  );
}
