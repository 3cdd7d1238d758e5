import { describe, expect, it } from 'vitest';
import { formatFields, formatTable } from './table';

describe('formatTable', () => {
  it('aligns text left and numbers right under their headers', () => {
    const rows = [
      { name: 'München', size: '1,204' },
      { name: 'Bad Tölz-Wolfratshausen', size: '87' },
    ];
    expect(
      formatTable(
        [
          { header: 'NAME', cell: (r) => r.name },
          { header: 'SIZE', cell: (r) => r.size, align: 'right' },
        ],
        rows,
      ),
    ).toBe(
      'NAME                      SIZE\n' +
        'München                  1,204\n' +
        'Bad Tölz-Wolfratshausen     87\n',
    );
  });

  it('prints just the header for no rows', () => {
    expect(formatTable([{ header: 'ID', cell: (r: string) => r }], [])).toBe('ID\n');
  });
});

describe('formatFields', () => {
  it('aligns values after their labels', () => {
    expect(
      formatFields([
        ['size', '12'],
        ['population', '100'],
      ]),
    ).toBe('size        12\npopulation  100\n');
  });
});
