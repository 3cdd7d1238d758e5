import type { AttributeDefinition } from '../../catalog/use-catalog';
import type { AttributeValue } from '../../rule/rule-tree';
import { formatCount } from '../../ui/format';
import { useDistribution } from './use-distribution';

/** Ticks any number of an enum's values, each with how many profiles have it. */
export function EnumValuesEditor({
  attribute,
  values,
  onChange,
}: {
  attribute: AttributeDefinition;
  values: readonly AttributeValue[];
  onChange: (values: AttributeValue[]) => void;
}) {
  const rows = useDistribution(attribute.key);
  const count = (v: string) => rows.find((r) => r.value === v)?.populationCount;
  const toggle = (v: string) =>
    onChange(
      values.includes(v)
        ? values.filter((x) => x !== v)
        : attribute.values.filter((x) => x === v || values.includes(x)),
    );
  return (
    <fieldset className="enum-values">
      <legend className="visually-hidden">{attribute.label} values</legend>
      {attribute.values.map((v) => {
        const n = count(v);
        return (
          <label key={v} className={values.includes(v) ? 'checked' : ''}>
            <input type="checkbox" checked={values.includes(v)} onChange={() => toggle(v)} />
            {v}
            {n !== undefined && <span className="muted"> {formatCount(n)}</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
