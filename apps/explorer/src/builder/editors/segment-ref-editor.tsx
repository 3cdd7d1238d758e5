import { useBuilder } from '../builder-context';

/** Membership of a saved segment. */
export function SegmentRefEditor({ id, condition }: { id: string; condition: { id: string } }) {
  const { segments, dispatch } = useBuilder();
  return (
    <select
      aria-label="Segment"
      value={condition.id}
      onChange={(e) =>
        dispatch({
          type: 'set-condition',
          id,
          condition: { kind: 'segment', segment: { id: e.target.value } },
        })
      }
    >
      {!segments.some((s) => s.id === condition.id) && (
        <option value={condition.id}>{condition.id || 'choose…'}</option>
      )}
      {segments.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );
}
