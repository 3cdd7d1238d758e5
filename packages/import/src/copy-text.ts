/**
 * One field of PostgreSQL's COPY (format csv): null is an unquoted empty field, text is always
 * quoted so that an empty string stays an empty string. (The same rule as the db package's
 * COPY writer, which it does not export.)
 */
export function copyField(value: string | number | boolean | Date | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  return `"${value.replaceAll('"', '""')}"`;
}

/** One COPY line (with its newline). */
export function copyLine(fields: (string | number | boolean | Date | null)[]): string {
  return `${fields.map(copyField).join(',')}\n`;
}
