import { useBuilder } from './builder-context';

/**
 * Puts the focus back on a node's action button after the node moved: React re-inserts a moved
 * node's elements (or, into another group, creates new ones), which drops the focus, and a
 * keyboard user pressing ↓ twice expects to move the same node twice.
 */
function refocus(id: string, action: string) {
  requestAnimationFrame(() => {
    document
      .querySelector<HTMLButtonElement>(`[data-actions-for="${id}"] [data-action="${action}"]`)
      ?.focus();
  });
}

/**
 * The buttons every non-root node carries: move, regroup, negate, duplicate, delete. Each has
 * an accessible name that says which node it acts on, so a screen-reader list of buttons
 * stays understandable.
 */
export function NodeActions({ id, label }: { id: string; label: string }) {
  const { dispatch } = useBuilder();
  const actions = [
    {
      key: 'up',
      text: '↑',
      name: `Move ${label} up`,
      run: () => dispatch({ type: 'move', id, by: -1 }),
    },
    {
      key: 'down',
      text: '↓',
      name: `Move ${label} down`,
      run: () => dispatch({ type: 'move', id, by: 1 }),
    },
    {
      key: 'indent',
      text: '⇥',
      name: `Move ${label} into the group above`,
      run: () => dispatch({ type: 'indent', id }),
    },
    {
      key: 'outdent',
      text: '⇤',
      name: `Move ${label} out of its group`,
      run: () => dispatch({ type: 'outdent', id }),
    },
    {
      key: 'not',
      text: 'NOT',
      name: `Negate ${label} (toggle NOT)`,
      run: () => dispatch({ type: 'toggle-not', id }),
    },
    {
      key: 'wrap',
      text: '( )',
      name: `Wrap ${label} in a group`,
      run: () => dispatch({ type: 'wrap', id, op: 'or' }),
    },
    {
      key: 'copy',
      text: 'Copy',
      name: `Duplicate ${label}`,
      run: () => dispatch({ type: 'duplicate', id }),
    },
    {
      key: 'delete',
      text: '✕',
      name: `Delete ${label}`,
      run: () => dispatch({ type: 'remove', id }),
    },
  ];
  return (
    <div
      className="node-actions"
      role="group"
      aria-label={`Actions for ${label}`}
      data-actions-for={id}
    >
      {actions.map((a) => (
        <button
          key={a.key}
          type="button"
          className="icon-button"
          aria-label={a.name}
          title={a.name}
          data-action={a.key}
          onClick={() => {
            a.run();
            if (a.key !== 'delete') refocus(id, a.key);
          }}
        >
          {a.text}
        </button>
      ))}
    </div>
  );
}
