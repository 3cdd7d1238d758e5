import type { ImportMapping } from './mapping';

/** A column the mapping reads, with the mapping path that names it. */
export interface MappedColumn {
  column: string;
  path: string;
}

/** Every column the mapping reads, in mapping order (a column may be read more than once). */
export function mappedColumns(mapping: ImportMapping): MappedColumn[] {
  const columns: MappedColumn[] = [];
  if ('column' in mapping.id)
    columns.push({ column: mapping.id.column, path: 'mapping.id.column' });
  for (const [key, spec] of Object.entries(mapping.attributes)) {
    columns.push({
      column: spec.column ?? key,
      path: `mapping.attributes.${key}${spec.column ? '.column' : ''}`,
    });
  }
  for (const [channel, spec] of Object.entries(mapping.channels)) {
    const path = `mapping.channels.${channel}`;
    columns.push({ column: spec.address, path: `${path}.address` });
    if (spec.consent) columns.push({ column: spec.consent, path: `${path}.consent` });
    if (spec.consentAt) columns.push({ column: spec.consentAt, path: `${path}.consentAt` });
  }
  if (mapping.preferredChannel) {
    columns.push({
      column: mapping.preferredChannel.column,
      path: 'mapping.preferredChannel.column',
    });
  }
  return columns;
}

/**
 * The mapped columns a CSV header lacks, each with a hint when a header column differs only in
 * case, spaces or punctuation (`Education-Num` for `education_num`).
 */
export function missingColumns(
  mapping: ImportMapping,
  header: readonly string[],
): (MappedColumn & { hint: string | null })[] {
  const present = new Set(header);
  const loose = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return mappedColumns(mapping)
    .filter(({ column }) => !present.has(column))
    .map((missing) => {
      const similar = header.find((name) => loose(name) === loose(missing.column));
      return { ...missing, hint: similar === undefined ? null : similar };
    });
}

/** Mapped columns that the header names more than once, so that it is unclear which is meant. */
export function ambiguousColumns(
  mapping: ImportMapping,
  header: readonly string[],
): MappedColumn[] {
  const seen = new Map<string, number>();
  for (const name of header) seen.set(name, (seen.get(name) ?? 0) + 1);
  return mappedColumns(mapping).filter(({ column }) => (seen.get(column) ?? 0) > 1);
}
