import type { NotNode } from '../rule/rule-tree';
import { DragHandle } from './drag-handle';
import { NodeActions } from './node-actions';
import { NodeView } from './node-view';
import { SubtreeCount } from './subtree-count';

/** A negated node: everyone the child does not select. */
export function NotView({ node, depth }: { node: NotNode; depth: number }) {
  return (
    <section className="not-node" aria-label="NOT" data-node-id={node.id}>
      <header className="node-header">
        <DragHandle id={node.id} label="NOT" />
        <strong className="not-label">NOT</strong>
        <SubtreeCount id={node.id} />
        <NodeActions id={node.id} label="NOT" />
      </header>
      <NodeView node={node.child} depth={depth + 1} />
    </section>
  );
}
