import type { ScoreOperator } from '../../rule/rule-tree';
import { operatorLabels } from '../attribute-operators';
import { useBuilder } from '../builder-context';

const scoreOperators: ScoreOperator[] = ['gte', 'gt', 'lte', 'lt'];

/** A predicted score compared with a threshold 0..1. */
export function ScoreEditor({
  id,
  condition,
}: {
  id: string;
  condition: { model: string; op: ScoreOperator; value: number };
}) {
  const { catalog, dispatch } = useBuilder();
  const set = (next: typeof condition, coalesce = false) =>
    dispatch({ type: 'set-condition', id, condition: { kind: 'score', score: next }, coalesce });
  return (
    <>
      <select
        aria-label="Score model"
        value={condition.model}
        onChange={(e) => set({ ...condition, model: e.target.value })}
      >
        {catalog.scoreModels.map((m) => (
          <option key={m.key} value={m.key}>
            {m.label}
          </option>
        ))}
      </select>
      <select
        aria-label="Score comparison"
        value={condition.op}
        onChange={(e) => set({ ...condition, op: e.target.value as ScoreOperator })}
      >
        {scoreOperators.map((op) => (
          <option key={op} value={op}>
            {operatorLabels[op]}
          </option>
        ))}
      </select>
      <input
        type="range"
        min={0}
        max={1}
        step={0.05}
        aria-label="Score threshold"
        value={condition.value}
        onChange={(e) => set({ ...condition, value: Number(e.target.value) }, true)}
      />
      <output>{condition.value.toFixed(2)}</output>
    </>
  );
}
