import type { EventCondition } from '../../rule/rule-tree';
import { useBuilder } from '../builder-context';

/** "Did `type` at least k (and at most m) times in the last N days." */
export function EventEditor({ id, condition }: { id: string; condition: EventCondition }) {
  const { catalog, dispatch } = useBuilder();
  const set = (next: EventCondition, coalesce = false) =>
    dispatch({ type: 'set-condition', id, condition: { kind: 'event', event: next }, coalesce });
  const count = (field: 'atLeast' | 'atMost', text: string) => {
    const { [field]: _old, ...rest } = condition;
    set(text === '' ? rest : { ...rest, [field]: Number(text) }, true);
  };
  return (
    <>
      <select
        aria-label="Event type"
        value={condition.type}
        onChange={(e) => set({ ...condition, type: e.target.value })}
      >
        {catalog.eventTypes.map((t) => (
          <option key={t.key} value={t.key}>
            {t.label}
          </option>
        ))}
      </select>
      <label className="inline-field">
        at least
        <input
          type="number"
          min={0}
          className="number-input"
          aria-label="At least (times)"
          value={condition.atLeast ?? ''}
          onChange={(e) => count('atLeast', e.target.value)}
        />
      </label>
      <label className="inline-field">
        at most
        <input
          type="number"
          min={0}
          className="number-input"
          aria-label="At most (times)"
          placeholder="any"
          value={condition.atMost ?? ''}
          onChange={(e) => count('atMost', e.target.value)}
        />
      </label>
      <label className="inline-field">
        times in the last
        <input
          type="number"
          min={1}
          className="number-input"
          aria-label="Within days"
          value={condition.withinDays}
          onChange={(e) => set({ ...condition, withinDays: Number(e.target.value) }, true)}
        />
        days
      </label>
    </>
  );
}
