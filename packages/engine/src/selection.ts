import type { AttributeCondition } from '@pinpoint/domain';
import type { Selection, Value, ValueColumn } from './value-column';

type Ordered = number | string;
type RangeOp = 'lt' | 'lte' | 'gt' | 'gte';

/** The reference comparison of `matches`, on two values of one type. */
export function compare(left: Ordered, op: RangeOp, right: Ordered): boolean {
  switch (op) {
    case 'lt':
      return left < right;
    case 'lte':
      return left <= right;
    case 'gt':
      return left > right;
    case 'gte':
      return left >= right;
  }
}

/**
 * The reference semantics of an attribute condition on a present value, copied from
 * `matches` (SEMANTICS.md): every distinct value of a column is decided with exactly this,
 * so the index can never drift from the reference on a type or an operator.
 */
export function valueMatches(value: Value, condition: AttributeCondition): boolean {
  switch (condition.op) {
    case 'missing':
      return false;
    case 'exists':
      return true;
    case 'eq':
      return value === condition.value;
    case 'neq':
      return value !== condition.value;
    case 'in':
      return (condition.values as unknown[]).includes(value);
    case 'notIn':
      return !(condition.values as unknown[]).includes(value);
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return (
        typeof value !== 'boolean' &&
        typeof value === typeof condition.value &&
        compare(value, condition.op, condition.value)
      );
    case 'between':
      return (
        typeof value !== 'boolean' &&
        typeof value === typeof condition.min &&
        compare(value, 'gte', condition.min) &&
        compare(value, 'lte', condition.max)
      );
    case 'contains':
      return typeof value === 'string' && value.includes(condition.value);
    case 'startsWith':
      return typeof value === 'string' && value.startsWith(condition.value);
  }
}

/** Codes `a..b` of an ordered column whose values satisfy `value op bound`. */
export function rangeSelection(column: ValueColumn, op: RangeOp, bound: Ordered): Selection {
  const values = column.values;
  if (values.length === 0 || typeof values[0] !== typeof bound) return { kind: 'none' };
  // Values ascend, so each operator holds on a prefix or a suffix of the codes.
  const firstWhere = (holds: (v: Ordered) => boolean) => {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (holds(values[mid] as Ordered)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  switch (op) {
    case 'gte':
      return { kind: 'interval', a: firstWhere((v) => v >= bound) + 1, b: values.length };
    case 'gt':
      return { kind: 'interval', a: firstWhere((v) => v > bound) + 1, b: values.length };
    case 'lte':
      return { kind: 'interval', a: 1, b: firstWhere((v) => v > bound) };
    case 'lt':
      return { kind: 'interval', a: 1, b: firstWhere((v) => v >= bound) };
  }
}

function intersect(x: Selection, y: Selection): Selection {
  if (x.kind !== 'interval' || y.kind !== 'interval') return { kind: 'none' };
  return { kind: 'interval', a: Math.max(x.a, y.a), b: Math.min(x.b, y.b) };
}

/** Which codes of `column` an attribute condition (other than `missing`) selects. */
export function attributeSelection(column: ValueColumn, condition: AttributeCondition): Selection {
  if (condition.op === 'exists') return { kind: 'present' };
  if (column.ranges !== null) {
    const type = typeof column.values[0];
    const op = condition.op;
    if (
      (op === 'lt' || op === 'lte' || op === 'gt' || op === 'gte') &&
      typeof condition.value === type
    )
      return rangeSelection(column, op, condition.value);
    if (op === 'between' && typeof condition.min === type && typeof condition.max === type)
      return intersect(
        rangeSelection(column, 'gte', condition.min),
        rangeSelection(column, 'lte', condition.max),
      );
  }
  const selected = new Uint8Array(column.values.length + 1);
  column.values.forEach((value, i) => {
    if (valueMatches(value, condition)) selected[i + 1] = 1;
  });
  return { kind: 'codes', selected };
}
