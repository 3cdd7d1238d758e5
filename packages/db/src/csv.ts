/** A value of one COPY field. */
export type CopyValue = string | number | boolean | Date | null;

/**
 * Writes one CSV field for PostgreSQL's COPY (format csv): null is an unquoted empty field,
 * text is always quoted so that an empty string stays an empty string.
 */
export function csvField(value: CopyValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  // Most text has no quote to double: the test is cheaper than a replace that finds nothing.
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}

/** Writes one CSV line (with its newline). */
export function csvLine(fields: readonly CopyValue[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}
