import { useBuilder } from './builder-context';

/** Grip to drag a node onto another group (the keyboard way is the ⇥ / ⇤ buttons). */
export function DragHandle({ id, label }: { id: string; label: string }) {
  const { setDraggedId } = useBuilder();
  return (
    <span
      className="drag-handle"
      draggable
      title={`Drag ${label} to another group`}
      aria-hidden="true"
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', id);
        event.dataTransfer.effectAllowed = 'move';
        setDraggedId(id);
      }}
      onDragEnd={() => setDraggedId(null)}
    >
      ⠿
    </span>
  );
}
