import { useBuilder } from './builder-context';

/**
 * The buttons every non-root node carries: move, regroup, negate, duplicate, delete. Each has
 * an accessible name that says which node it acts on, so a screen-reader list of buttons
 * stays understandable.
 */
export function NodeActions({ id, label }: { id: string; label: string }) {
  const { dispatch } = useBuilder();
  const actions = [
    { text: '↑', name: `Move ${label} up`, run: () => dispatch({ type: 'move', id, by: -1 }) },
    { text: '↓', name: `Move ${label} down`, run: () => dispatch({ type: 'move', id, by: 1 }) },
    {
      text: '⇥',
      name: `Move ${label} into the group above`,
      run: () => dispatch({ type: 'indent', id }),
    },
    {
      text: '⇤',
      name: `Move ${label} out of its group`,
      run: () => dispatch({ type: 'outdent', id }),
    },
    {
      text: 'NOT',
      name: `Negate ${label} (toggle NOT)`,
      run: () => dispatch({ type: 'toggle-not', id }),
    },
    {
      text: '( )',
      name: `Wrap ${label} in a group`,
      run: () => dispatch({ type: 'wrap', id, op: 'or' }),
    },
    { text: 'Copy', name: `Duplicate ${label}`, run: () => dispatch({ type: 'duplicate', id }) },
    { text: '✕', name: `Delete ${label}`, run: () => dispatch({ type: 'remove', id }) },
  ];
  return (
    <div className="node-actions" role="group" aria-label={`Actions for ${label}`}>
      {actions.map((a) => (
        <button
          key={a.name}
          type="button"
          className="icon-button"
          aria-label={a.name}
          title={a.name}
          onClick={a.run}
        >
          {a.text}
        </button>
      ))}
    </div>
  );
}
