import type { AttributeOperator } from '../../gql/graphql';
import type { AttributeCondition } from '../../rule/rule-tree';
import {
  defaultAttributeCondition,
  operandShape,
  operatorLabels,
  withOperator,
} from '../attribute-operators';
import { useBuilder } from '../builder-context';
import { AttributeOperand } from './attribute-operand';
import { AttributePicker } from './attribute-picker';

/** Edits an attribute condition: attribute, operator (those the catalog allows), operand. */
export function AttributeEditor({ id, condition }: { id: string; condition: AttributeCondition }) {
  const { catalog, dispatch } = useBuilder();
  const attribute = catalog.attributes.find((a) => a.key === condition.key);
  // The number range editor shows the unit itself, beside its second input.
  const hasRangeEditor = attribute?.type === 'number' && operandShape(condition.op) === 'range';
  const set = (next: AttributeCondition, coalesce = false) =>
    dispatch({
      type: 'set-condition',
      id,
      condition: { kind: 'attribute', attribute: next },
      coalesce,
    });
  return (
    <>
      <AttributePicker
        value={condition.key}
        onPick={(picked) => set(defaultAttributeCondition(picked))}
      />
      {attribute && (
        <>
          <select
            aria-label="Operator"
            value={condition.op}
            onChange={(event) =>
              set(withOperator(condition, event.target.value as AttributeOperator))
            }
          >
            {attribute.operators.map((op) => (
              <option key={op} value={op}>
                {operatorLabels[op]}
              </option>
            ))}
          </select>
          <AttributeOperand attribute={attribute} condition={condition} onChange={set} />
          {attribute.unit && !hasRangeEditor && <span className="unit">{attribute.unit}</span>}
        </>
      )}
    </>
  );
}
