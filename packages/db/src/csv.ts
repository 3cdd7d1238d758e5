/**
 * Writes one CSV field for PostgreSQL's COPY (format csv): null is an unquoted empty field,
 * text is always quoted so that an empty string stays an empty string.
 */
export function csvField(value: string | number | boolean | Date | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  return `"${value.replaceAll('"', '""')}"`;
}

/** Writes one CSV line (with its newline). */
export function csvLine(fields: (string | number | boolean | Date | null)[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}
