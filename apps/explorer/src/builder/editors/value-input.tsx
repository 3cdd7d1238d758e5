import type { AttributeDefinition } from '../../catalog/use-catalog';
import type { AttributeValue } from '../../rule/rule-tree';
import { formatCount } from '../../ui/format';
import { useDistribution } from './use-distribution';

/** One value of an attribute, with the input its type calls for; `undefined` when cleared. */
export function ValueInput({
  attribute,
  label,
  value,
  onChange,
}: {
  attribute: AttributeDefinition;
  label: string;
  value: AttributeValue | undefined;
  onChange: (value: AttributeValue | undefined, coalesce?: boolean) => void;
}) {
  switch (attribute.type) {
    case 'boolean':
      return (
        <select
          aria-label={label}
          value={value === undefined ? '' : String(value)}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'true')}
        >
          <option value="">choose…</option>
          <option value="true">yes</option>
          <option value="false">no</option>
        </select>
      );
    case 'enum':
      return <EnumSelect attribute={attribute} label={label} value={value} onChange={onChange} />;
    case 'number':
      return (
        <input
          type="number"
          className="number-input"
          aria-label={label}
          value={value === undefined ? '' : String(value)}
          onChange={(e) =>
            onChange(e.target.value === '' ? undefined : Number(e.target.value), true)
          }
        />
      );
    case 'date':
      return (
        <input
          type="date"
          aria-label={label}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      );
    case 'string':
      return (
        <input
          type="text"
          aria-label={label}
          value={value === undefined ? '' : String(value)}
          onChange={(e) => onChange(e.target.value || undefined, true)}
        />
      );
  }
}

function EnumSelect({
  attribute,
  label,
  value,
  onChange,
}: {
  attribute: AttributeDefinition;
  label: string;
  value: AttributeValue | undefined;
  onChange: (value: AttributeValue | undefined) => void;
}) {
  const rows = useDistribution(attribute.key);
  const count = (v: string) => rows.find((r) => r.value === v)?.populationCount;
  return (
    <select
      aria-label={label}
      value={value === undefined ? '' : String(value)}
      onChange={(e) => onChange(e.target.value || undefined)}
    >
      <option value="">choose…</option>
      {attribute.values.map((v) => {
        const n = count(v);
        return (
          <option key={v} value={v}>
            {v}
            {n === undefined ? '' : ` (${formatCount(n)})`}
          </option>
        );
      })}
    </select>
  );
}
