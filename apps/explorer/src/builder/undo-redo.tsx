import type { Dispatch } from 'react';
import type { BuilderAction } from '../rule/builder-reducer';

/** Undo and redo buttons (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y do the same outside text fields). */
export function UndoRedo({
  canUndo,
  canRedo,
  dispatch,
}: {
  canUndo: boolean;
  canRedo: boolean;
  dispatch: Dispatch<BuilderAction>;
}) {
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <button
        type="button"
        disabled={!canUndo}
        onClick={() => dispatch({ type: 'undo' })}
        aria-keyshortcuts="Control+Z"
      >
        ↶ Undo
      </button>
      <button
        type="button"
        disabled={!canRedo}
        onClick={() => dispatch({ type: 'redo' })}
        aria-keyshortcuts="Control+Shift+Z"
      >
        ↷ Redo
      </button>
    </div>
  );
}
