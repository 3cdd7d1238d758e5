import { useState } from 'react';
import { useQuery } from 'urql';
import { useCatalog } from '../catalog/use-catalog';
import type { RuleJson } from '../rule/rule-tree';
import { useDebounced } from '../ui/use-debounced';
import { CompositionChart } from './composition-chart';
import { CompositionQuery } from './composition-query';

/** The draft segment by any attribute: shares in segment and population, and the lift index. */
export default function CompositionPanel({ rule }: { rule: RuleJson }) {
  const { catalog } = useCatalog();
  const [attribute, setAttribute] = useState('income_band');
  const ruleText = useDebounced(JSON.stringify(rule), 300);
  const [{ data, fetching }] = useQuery({
    query: CompositionQuery,
    variables: { segment: { rule: JSON.parse(ruleText) as RuleJson }, attribute },
  });
  const result = data?.segmentComposition;
  return (
    <section className="composition-panel" aria-labelledby="composition-heading">
      <h2 id="composition-heading">Composition</h2>
      <label>
        By attribute
        <select value={attribute} onChange={(e) => setAttribute(e.target.value)}>
          {catalog?.attributes.map((a) => (
            <option key={a.key} value={a.key}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      {fetching && !result && <p className="loading">Counting…</p>}
      {result?.__typename === 'InputErrors' && (
        <p role="alert">{result.issues.map((i) => i.message).join('; ')}</p>
      )}
      {result?.__typename === 'Composition' && <CompositionChart rows={result.rows} />}
    </section>
  );
}
