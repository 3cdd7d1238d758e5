/**
 * Drops `null` fields, deeply. Over GraphQL an explicit `null` in an input means "absent"
 * (and the field's default applies); dropping them gives a draft read from a file the same
 * meaning on every backend.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `text` can be a Pinpoint id (profile ids are UUIDs; segment ids usually are). */
export const isUuid = (text: string): boolean => UUID.test(text);
