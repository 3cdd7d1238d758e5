import { attributeMatches, type AttributeCondition } from '@pinpoint/domain';
import type { Selection, ValueColumn } from './value-column';

type Ordered = number | string;
type RangeOp = 'lt' | 'lte' | 'gt' | 'gte';

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
    if (attributeMatches(value, condition)) selected[i + 1] = 1;
  });
  return { kind: 'codes', selected };
}
