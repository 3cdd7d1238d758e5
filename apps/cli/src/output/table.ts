/** A column of a table: its header, how a row shows in it, and its alignment. */
export interface Column<Row> {
  header: string;
  cell: (row: Row) => string;
  /** Numbers read best right-aligned; text left-aligned (the default). */
  align?: 'left' | 'right';
}

const width = (text: string) => [...text].length;

/**
 * Rows as aligned plain-text columns under a header, two spaces apart: easy to read, to
 * copy and to `grep`, with no borders to strip. Trailing spaces are trimmed.
 */
export function formatTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => column.cell(row)));
  const widths = columns.map((column, i) =>
    Math.max(width(column.header), ...cells.map((line) => width(line[i]!))),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => {
        const pad = ' '.repeat(widths[i]! - width(value));
        return columns[i]!.align === 'right' ? pad + value : value + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n') + '\n';
}

/** Label–value pairs, one per line, the values aligned: for single answers. */
export function formatFields(fields: readonly (readonly [string, string])[]): string {
  const labelWidth = Math.max(...fields.map(([label]) => width(label)));
  return (
    fields
      .map(([label, value]) =>
        `${label}${' '.repeat(labelWidth - width(label))}  ${value}`.trimEnd(),
      )
      .join('\n') + '\n'
  );
}
