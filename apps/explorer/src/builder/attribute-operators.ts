import type { AttributeDefinition } from '../catalog/use-catalog';
import type { AttributeOperator } from '../gql/graphql';
import type { AttributeCondition } from '../rule/rule-tree';

/** How an operator reads in a sentence (`age ≥ 18`, `region is any of BY, BE`). */
export const operatorLabels: Record<AttributeOperator, string> = {
  eq: 'is',
  neq: 'is not',
  in: 'is any of',
  notIn: 'is none of',
  lt: '<',
  lte: '≤',
  gt: '>',
  gte: '≥',
  between: 'between',
  exists: 'has a value',
  missing: 'has no value',
  contains: 'contains',
  startsWith: 'starts with',
};

/** What an operator compares with: nothing, one value, a list, or a range. */
export type OperandShape = 'none' | 'single' | 'list' | 'range';

/** The operand an operator needs (see the API's `AttributeConditionInput`). */
export function operandShape(op: AttributeOperator): OperandShape {
  switch (op) {
    case 'exists':
    case 'missing':
      return 'none';
    case 'in':
    case 'notIn':
      return 'list';
    case 'between':
      return 'range';
    case 'eq':
    case 'neq':
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
    case 'contains':
    case 'startsWith':
      return 'single';
  }
}

/** The condition a freshly picked attribute starts with: the most useful operator for its type. */
export function defaultAttributeCondition(attribute: AttributeDefinition): AttributeCondition {
  const preferred: Record<AttributeDefinition['type'], AttributeOperator> = {
    enum: 'in',
    number: 'between',
    date: 'between',
    boolean: 'eq',
    string: 'eq',
  };
  const op = attribute.operators.includes(preferred[attribute.type])
    ? preferred[attribute.type]
    : (attribute.operators[0] ?? 'exists');
  const base = withOperator({ key: attribute.key, op: 'exists' }, op);
  return attribute.type === 'boolean' ? { ...base, value: true } : base;
}

/** The condition with another operator, carrying over what fits of the old operand. */
export function withOperator(
  condition: AttributeCondition,
  op: AttributeOperator,
): AttributeCondition {
  const { key } = condition;
  const first = condition.value ?? condition.values?.[0] ?? condition.min;
  switch (operandShape(op)) {
    case 'none':
      return { key, op };
    case 'single':
      return first === undefined ? { key, op } : { key, op, value: first };
    case 'list':
      return { key, op, values: condition.values ?? (first === undefined ? [] : [first]) };
    case 'range': {
      const min = condition.min ?? condition.value;
      const max = condition.max;
      return {
        key,
        op,
        ...(min === undefined ? {} : { min }),
        ...(max === undefined ? {} : { max }),
      };
    }
  }
}
