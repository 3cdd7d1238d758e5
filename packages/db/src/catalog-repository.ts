import { Catalog, type AttributeDefinition, type CatalogEntry } from '@pinpoint/domain';
import { sql } from 'drizzle-orm';
import type { Database } from './client';

type EntryKind = 'interest' | 'event_type' | 'score_model';

const ENTRY_LISTS: [EntryKind, keyof Omit<Catalog, 'attributes'>][] = [
  ['interest', 'interests'],
  ['event_type', 'eventTypes'],
  ['score_model', 'scoreModels'],
];

/**
 * Stores a workspace's catalog, adding new entries and updating existing ones by key. Entries
 * missing from `catalog` are kept: removing an attribute that profiles and rules use is a
 * separate, deliberate step.
 */
export async function saveCatalog(
  db: Database,
  workspaceId: string,
  catalog: Catalog,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [position, a] of catalog.attributes.entries()) {
      const values = a.type === 'enum' ? JSON.stringify(a.values) : null;
      await tx.rows(sql`
        insert into catalog_attributes (workspace_id, key, label, description, type, enum_values, unit, sensitive, position)
        values (${workspaceId}, ${a.key}, ${a.label}, ${a.description}, ${a.type}, ${values}::text::jsonb, ${a.unit ?? null}, ${a.sensitive}, ${position})
        on conflict (workspace_id, key) do update set label = excluded.label, description = excluded.description,
          type = excluded.type, enum_values = excluded.enum_values, unit = excluded.unit,
          sensitive = excluded.sensitive, position = excluded.position`);
    }
    for (const [kind, list] of ENTRY_LISTS) {
      for (const e of catalog[list]) {
        await tx.rows(sql`
          insert into catalog_entries (workspace_id, kind, key, label, description)
          values (${workspaceId}, ${kind}, ${e.key}, ${e.label}, ${e.description})
          on conflict (workspace_id, kind, key) do update set label = excluded.label, description = excluded.description`);
      }
    }
  });
}

interface AttributeRow {
  key: string;
  label: string;
  description: string;
  type: AttributeDefinition['type'];
  enum_values: string[] | null;
  unit: string | null;
  sensitive: AttributeDefinition['sensitive'];
}

/** Loads a workspace's catalog (empty lists when it has none). */
export async function loadCatalog(db: Database, workspaceId: string): Promise<Catalog> {
  const attributes = await db.rows<AttributeRow>(
    sql`select key, label, description, type, enum_values, unit, sensitive from catalog_attributes where workspace_id = ${workspaceId} order by position, key`,
  );
  const entries = await db.rows<CatalogEntry & { kind: EntryKind }>(
    sql`select kind, key, label, description from catalog_entries where workspace_id = ${workspaceId} order by key`,
  );
  return Catalog.parse({
    attributes: attributes.map((row) => ({
      key: row.key,
      label: row.label,
      description: row.description,
      type: row.type,
      sensitive: row.sensitive,
      ...(row.unit === null ? {} : { unit: row.unit }),
      ...(row.type === 'enum' ? { values: row.enum_values ?? [] } : {}),
    })),
    ...Object.fromEntries(
      ENTRY_LISTS.map(([kind, list]) => [
        list,
        entries
          .filter((e) => e.kind === kind)
          .map(({ key, label, description }) => ({ key, label, description })),
      ]),
    ),
  });
}
