import { describe, expect, it } from 'vitest';
import { columnIndex, type DesignMatrix, indexesWhere, pick, selectRows } from './design-matrix';

const column = (name: string) => ({
  name,
  label: name,
  kind: 'indicator' as const,
  source: 'attribute' as const,
  key: name,
  center: 0,
  scale: 1,
});
const design: DesignMatrix = {
  rows: 3,
  columns: [column('a'), column('b')],
  values: Float64Array.of(1, 2, 3, 4, 5, 6),
};

describe('design matrix helpers', () => {
  it('select rows in the order asked and pick matching values', () => {
    const rows = indexesWhere(3, (i) => i !== 1);
    expect(Array.from(rows)).toEqual([0, 2]);
    expect(Array.from(selectRows(design, [2, 0]).values)).toEqual([5, 6, 1, 2]);
    expect(Array.from(pick(Uint8Array.of(7, 8, 9), rows))).toEqual([7, 9]);
    expect(() => selectRows(design, [3])).toThrow(RangeError);
  });

  it('find columns by name and name the missing one', () => {
    expect(columnIndex(design, 'b')).toBe(1);
    expect(() => columnIndex(design, 'c')).toThrow(/"c"/);
  });
});
