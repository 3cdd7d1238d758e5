import { useId, type DragEvent } from 'react';
import type { GroupNode } from '../rule/rule-tree';
import { isWithin } from '../rule/tree-ops';
import { AddNodeMenu } from './add-node-menu';
import { useBuilder } from './builder-context';
import { DragHandle } from './drag-handle';
import { NodeActions } from './node-actions';
import { NodeIssues } from './node-issues';
import { NodeView } from './node-view';
import { SubtreeCount } from './subtree-count';

/** An AND / OR group: its operator, its children (drop targets for dragged nodes), an add menu. */
export function GroupView({ group, depth }: { group: GroupNode; depth: number }) {
  const { dispatch, issues, rootId, draggedId, setDraggedId, dragging, dropTarget, setDropTarget } =
    useBuilder();
  const isRoot = group.id === rootId;
  const label = isRoot ? 'the rule' : `${group.op.toUpperCase()} group`;
  const opName = useId();
  const target = (index: number) => `${group.id}:${index}`;

  // Dropping on a child puts the dragged node before it; on the footer, at the end.
  const dropHandlers = (index: number) => ({
    onDragOver: (event: DragEvent) => {
      const id = dragging.current;
      if (!id || isWithin(group, id, group.id)) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = 'move';
      if (dropTarget !== target(index)) setDropTarget(target(index));
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      event.stopPropagation();
      const id = event.dataTransfer.getData('text/plain') || dragging.current;
      if (id) dispatch({ type: 'move-to', id, groupId: group.id, index });
      dragging.current = null;
      setDraggedId(null);
      setDropTarget(null);
    },
  });

  return (
    <section
      className={`group-node depth-${depth % 4}${issues.has(group.id) ? ' has-issue' : ''}`}
      aria-label={label}
      data-node-id={group.id}
    >
      <header className="node-header">
        {!isRoot && <DragHandle id={group.id} label={label} />}
        <fieldset className="op-toggle">
          <legend className="visually-hidden">Combine the conditions of {label}</legend>
          {(['and', 'or'] as const).map((op) => (
            <label key={op} className={group.op === op ? 'selected' : ''}>
              <input
                type="radio"
                name={opName}
                value={op}
                checked={group.op === op}
                onChange={() => dispatch({ type: 'set-group-op', id: group.id, op })}
              />
              {op === 'and' ? 'ALL of (AND)' : 'ANY of (OR)'}
            </label>
          ))}
        </fieldset>
        {!isRoot && <SubtreeCount id={group.id} />}
        {!isRoot && <NodeActions id={group.id} label={label} />}
      </header>
      <NodeIssues issues={issues.get(group.id)} id={group.id} />
      <ol className="group-children">
        {group.children.map((child, index) => (
          <li
            key={child.id}
            className={
              [
                child.id === draggedId ? 'dragging' : '',
                dropTarget === target(index) ? 'drop-before' : '',
              ]
                .filter(Boolean)
                .join(' ') || undefined
            }
            {...dropHandlers(index)}
          >
            <NodeView node={child} depth={depth + 1} />
          </li>
        ))}
      </ol>
      <footer className="group-footer" {...dropHandlers(group.children.length)}>
        <AddNodeMenu groupId={group.id} label={label} />
        {draggedId && (
          <span
            className={`drop-hint${dropTarget === target(group.children.length) ? ' active' : ''}`}
          >
            Drop here to move to the end of {label}
          </span>
        )}
      </footer>
    </section>
  );
}
