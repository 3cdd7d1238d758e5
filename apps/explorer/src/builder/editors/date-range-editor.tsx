import type { AttributeDefinition } from '../../catalog/use-catalog';
import type { AttributeCondition, AttributeValue } from '../../rule/rule-tree';
import { RangeHistogram } from './range-histogram';
import { useDistribution } from './use-distribution';
import { ValueInput } from './value-input';

/** The year of a `YYYY-MM-DD` date, or null for anything else. */
export function yearOf(value: AttributeValue | undefined): number | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? Number(value.slice(0, 4))
    : null;
}

/**
 * `between` on a date attribute: from / to date pickers over the population's dates per year,
 * the years inside the range highlighted (both ends included, as the rule counts them).
 */
export function DateRangeEditor({
  attribute,
  condition,
  onChange,
}: {
  attribute: AttributeDefinition;
  condition: AttributeCondition;
  onChange: (next: AttributeCondition) => void;
}) {
  const rows = useDistribution(attribute.key).filter((r) => r.kind === 'year');
  const set = (field: 'min' | 'max') => (value: AttributeValue | undefined) => {
    const { [field]: _old, ...rest } = condition;
    onChange(value === undefined ? rest : { ...rest, [field]: value });
  };
  return (
    <span className="number-range date-range">
      <ValueInput
        attribute={attribute}
        label={`${attribute.label} from`}
        value={condition.min}
        onChange={set('min')}
      />
      <span>to</span>
      <ValueInput
        attribute={attribute}
        label={`${attribute.label} to`}
        value={condition.max}
        onChange={set('max')}
      />
      {rows.length > 0 && (
        <span className="histogram-years">
          <RangeHistogram
            rows={rows}
            min={yearOf(condition.min)}
            max={yearOf(condition.max)}
            label={`${attribute.label} (per year)`}
          />
          <span className="years" aria-hidden="true">
            <span>{rows[0]?.label}</span>
            <span>{rows.at(-1)?.label}</span>
          </span>
        </span>
      )}
    </span>
  );
}
