import type { AttributeDefinition } from '../../catalog/use-catalog';
import type { AttributeCondition, AttributeValue } from '../../rule/rule-tree';
import { RangeHistogram } from './range-histogram';
import { useDistribution } from './use-distribution';
import { ValueInput } from './value-input';

/**
 * `between` on a number attribute: from / to inputs (the unit kept beside the second) and a
 * small histogram of the population.
 */
export function NumberRangeEditor({
  attribute,
  condition,
  onChange,
}: {
  attribute: AttributeDefinition;
  condition: AttributeCondition;
  onChange: (next: AttributeCondition, coalesce?: boolean) => void;
}) {
  const rows = useDistribution(attribute.key).filter((r) => r.kind === 'range');
  const set = (field: 'min' | 'max') => (value: AttributeValue | undefined, coalesce?: boolean) => {
    const { [field]: _old, ...rest } = condition;
    onChange(value === undefined ? rest : { ...rest, [field]: value }, coalesce);
  };
  const num = (v: AttributeValue | undefined) => (typeof v === 'number' ? v : null);
  return (
    <span className="number-range">
      <ValueInput
        attribute={attribute}
        label={`${attribute.label} from`}
        value={condition.min}
        onChange={set('min')}
      />
      <span>and</span>
      <span className="with-unit">
        <ValueInput
          attribute={attribute}
          label={`${attribute.label} to`}
          value={condition.max}
          onChange={set('max')}
        />
        {attribute.unit && <span className="unit">{attribute.unit}</span>}
      </span>
      {rows.length > 0 && (
        <RangeHistogram
          rows={rows}
          min={num(condition.min)}
          max={num(condition.max)}
          label={attribute.label}
        />
      )}
    </span>
  );
}
