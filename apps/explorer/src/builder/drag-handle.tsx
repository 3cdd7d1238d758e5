import { useBuilder } from './builder-context';

/**
 * Grip to drag a node before another node or to the end of a group, in its own group or
 * another (the keyboard way is the ↑ ↓ ⇥ ⇤ buttons).
 */
export function DragHandle({ id, label }: { id: string; label: string }) {
  const { setDraggedId, dragging, setDropTarget } = useBuilder();
  return (
    <span
      className="drag-handle"
      draggable
      title={`Drag ${label} to move or regroup it`}
      aria-hidden="true"
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', id);
        event.dataTransfer.effectAllowed = 'move';
        const node = event.currentTarget.closest('[data-node-id]');
        if (node) event.dataTransfer.setDragImage(node, 12, 12);
        dragging.current = id;
        // Drop hints appear once the drag is under way: chromium ends a drag whose page
        // changes layout inside `dragstart`.
        setTimeout(() => setDraggedId(id), 0);
      }}
      onDragEnd={() => {
        dragging.current = null;
        setDraggedId(null);
        setDropTarget(null);
      }}
    >
      ⠿
    </span>
  );
}
