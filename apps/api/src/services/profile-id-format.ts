const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `text` can be a profile id: ids are UUIDs, and anything else must be answered as
 * "not found" before it reaches a `uuid` column (where it would be a database error).
 */
export const isProfileIdFormat = (text: string): boolean => UUID.test(text);
