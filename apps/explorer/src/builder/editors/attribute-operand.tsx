import type { AttributeDefinition } from '../../catalog/use-catalog';
import type { AttributeCondition, AttributeValue } from '../../rule/rule-tree';
import { operandShape } from '../attribute-operators';
import { DateRangeEditor } from './date-range-editor';
import { EnumValuesEditor } from './enum-values-editor';
import { NumberRangeEditor } from './number-range-editor';
import { ValueInput } from './value-input';

/** The operand of an attribute condition, with the editor its type and operator call for. */
export function AttributeOperand({
  attribute,
  condition,
  onChange,
}: {
  attribute: AttributeDefinition;
  condition: AttributeCondition;
  onChange: (next: AttributeCondition, coalesce?: boolean) => void;
}) {
  const { type } = attribute;
  const without = (field: 'value' | 'min' | 'max') => {
    const { [field]: _dropped, ...rest } = condition;
    return rest;
  };
  const setField =
    (field: 'value' | 'min' | 'max') => (value: AttributeValue | undefined, coalesce?: boolean) =>
      onChange(value === undefined ? without(field) : { ...condition, [field]: value }, coalesce);

  switch (operandShape(condition.op)) {
    case 'none':
      return null;
    case 'list':
      if (type === 'enum')
        return (
          <EnumValuesEditor
            attribute={attribute}
            values={condition.values ?? []}
            onChange={(values) => onChange({ ...condition, values })}
          />
        );
      return (
        <input
          type="text"
          aria-label={`${attribute.label} values, comma-separated`}
          placeholder="value, value, …"
          value={(condition.values ?? []).join(', ')}
          onChange={(event) =>
            onChange(
              {
                ...condition,
                values: event.target.value
                  .split(',')
                  .map((v) => v.trim())
                  .filter(Boolean)
                  .map((v) => (type === 'number' ? Number(v) : v)),
              },
              true,
            )
          }
        />
      );
    case 'range':
      if (type === 'number')
        return (
          <NumberRangeEditor attribute={attribute} condition={condition} onChange={onChange} />
        );
      if (type === 'date')
        return <DateRangeEditor attribute={attribute} condition={condition} onChange={onChange} />;
      return (
        <>
          <ValueInput
            attribute={attribute}
            label={`${attribute.label} from`}
            value={condition.min}
            onChange={setField('min')}
          />
          <span>and</span>
          <ValueInput
            attribute={attribute}
            label={`${attribute.label} to`}
            value={condition.max}
            onChange={setField('max')}
          />
        </>
      );
    case 'single':
      return (
        <ValueInput
          attribute={attribute}
          label={`${attribute.label} value`}
          value={condition.value}
          onChange={setField('value')}
        />
      );
  }
}
