import type { Catalog } from '../catalog/use-catalog';
import type { ConditionNode } from '../rule/rule-tree';
import { useBuilder } from './builder-context';
import { DragHandle } from './drag-handle';
import { AttributeEditor } from './editors/attribute-editor';
import { EventEditor } from './editors/event-editor';
import { InterestEditor } from './editors/interest-editor';
import { ReachableEditor } from './editors/reachable-editor';
import { ScoreEditor } from './editors/score-editor';
import { SegmentRefEditor } from './editors/segment-ref-editor';
import { NodeActions } from './node-actions';
import { NodeIssues } from './node-issues';
import { SubtreeCount } from './subtree-count';

/** A short name for a condition, used in button labels ("Delete Age condition"). */
export function conditionLabel(node: ConditionNode, catalog: Catalog): string {
  switch (node.kind) {
    case 'attribute': {
      const attribute = catalog.attributes.find((a) => a.key === node.attribute.key);
      return attribute ? `${attribute.label} condition` : 'attribute condition';
    }
    case 'interest':
      return `${node.interest.topic} interest condition`;
    case 'event':
      return `${node.event.type} event condition`;
    case 'score':
      return `${node.score.model} score condition`;
    case 'reachable':
      return `reachable on ${node.reachable.channel} condition`;
    case 'segment':
      return 'segment membership condition';
  }
}

function Editor({ node }: { node: ConditionNode }) {
  switch (node.kind) {
    case 'attribute':
      return <AttributeEditor id={node.id} condition={node.attribute} />;
    case 'interest':
      return <InterestEditor id={node.id} condition={node.interest} />;
    case 'event':
      return <EventEditor id={node.id} condition={node.event} />;
    case 'score':
      return <ScoreEditor id={node.id} condition={node.score} />;
    case 'reachable':
      return <ReachableEditor id={node.id} condition={node.reachable} />;
    case 'segment':
      return <SegmentRefEditor id={node.id} condition={node.segment} />;
  }
}

/** One leaf condition: its type-aware editor, its own count, its actions and its problems. */
export function ConditionView({ node }: { node: ConditionNode }) {
  const { catalog, issues } = useBuilder();
  const label = conditionLabel(node, catalog);
  const own = issues.get(node.id);
  return (
    <div
      className={`condition-node kind-${node.kind}${own ? ' has-issue' : ''}`}
      data-node-id={node.id}
      role="group"
      aria-label={label}
      aria-describedby={own ? `${node.id}-issues` : undefined}
    >
      <div className="node-header">
        <DragHandle id={node.id} label={label} />
        <span className="kind-tag">{node.kind}</span>
        <div className="condition-editor">
          <Editor node={node} />
        </div>
        <SubtreeCount id={node.id} />
        <NodeActions id={node.id} label={label} />
      </div>
      <NodeIssues issues={own} id={node.id} />
    </div>
  );
}
