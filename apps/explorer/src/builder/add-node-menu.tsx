import { useBuilder } from './builder-context';
import { conditionKinds, newCondition } from './condition-defaults';

/** Adds a condition of a chosen kind, or a nested group, to the end of a group. */
export function AddNodeMenu({ groupId, label }: { groupId: string; label: string }) {
  const { dispatch, catalog, segments } = useBuilder();
  return (
    <div className="add-node">
      <select
        value=""
        aria-label={`Add a condition to ${label}`}
        onChange={(event) => {
          const kind = conditionKinds.find((k) => k.kind === event.target.value);
          if (kind)
            dispatch({ type: 'add', groupId, rule: newCondition(kind.kind, catalog, segments) });
        }}
      >
        <option value="">+ Add condition…</option>
        {conditionKinds.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => dispatch({ type: 'add', groupId, rule: { or: [] } })}>
        + Group (ANY of)
      </button>
      <button type="button" onClick={() => dispatch({ type: 'add', groupId, rule: { and: [] } })}>
        + Group (ALL of)
      </button>
    </div>
  );
}
