import { useBuilder } from '../builder-context';

/** An interest with a minimum affinity, set on a slider (0..1). */
export function InterestEditor({
  id,
  condition,
}: {
  id: string;
  condition: { topic: string; minAffinity: number };
}) {
  const { catalog, dispatch } = useBuilder();
  const set = (next: typeof condition, coalesce = false) =>
    dispatch({
      type: 'set-condition',
      id,
      condition: { kind: 'interest', interest: next },
      coalesce,
    });
  return (
    <>
      <select
        aria-label="Interest"
        value={condition.topic}
        onChange={(e) => set({ ...condition, topic: e.target.value })}
      >
        {catalog.interests.map((i) => (
          <option key={i.key} value={i.key}>
            {i.label}
          </option>
        ))}
      </select>
      <label className="inline-field">
        affinity ≥
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          aria-label="Minimum affinity"
          value={condition.minAffinity}
          onChange={(e) => set({ ...condition, minAffinity: Number(e.target.value) }, true)}
        />
        <output>{condition.minAffinity.toFixed(2)}</output>
      </label>
    </>
  );
}
