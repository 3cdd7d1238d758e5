/**
 * The closed vocabularies of the audit log, in one place: the table's check constraints
 * (schema.ts) and the validation of new entries (audit-entry.ts) are both made from these
 * lists. Adding a value is a schema change: add it here, then generate a migration, in which
 * drizzle-kit replaces the changed check constraint.
 */

/**
 * Who acted: `api_key` (a partner tool or script; `actor_id` is the key id), `user` (a person
 * signed in to the explorer; `actor_id` is their user id), `cli` (the command line, run by an
 * operator) or `local` (the embedded single-user mode, which has no accounts).
 */
export const AUDIT_ACTOR_KINDS = ['api_key', 'user', 'cli', 'local'] as const;

/** Actor kinds that name no one in particular, so `actor_id` may be empty. */
export const ANONYMOUS_ACTOR_KINDS = ['cli', 'local'] as const;

/**
 * What was done. Every operation releases something about people or changes what is kept
 * about them:
 * - `count`: the size of an audience (a segment or an ad-hoc rule);
 * - `overlap`: the pairwise overlaps of several segments;
 * - `composition`: an audience broken down by attribute values;
 * - `reach`: a campaign's estimated reach per channel;
 * - `export`: an audience's profiles leaving Pinpoint (a file, a push to a channel);
 * - `preview`: individual profiles shown on screen (`subject` names the profile);
 * - `erasure`: a profile erased on request (GDPR Art. 17; `subject` names the profile,
 *   pseudonymised once the erasure is done);
 * - `special_category_use`: a rule or campaign that uses special-category data (GDPR Art. 9:
 *   health, politics, religion…), recorded with its stated legal basis in `query`;
 * - `audit_export`: the audit log itself read in bulk, which reveals who asked what.
 */
export const AUDIT_OPERATIONS = [
  'count',
  'overlap',
  'composition',
  'reach',
  'export',
  'preview',
  'erasure',
  'special_category_use',
  'audit_export',
] as const;

/** The prefix of a pseudonymised `subject`; the rest is 64 hex digits of an HMAC-SHA256. */
export const PSEUDONYM_PREFIX = 'hmac-sha256:';

/** A list of plain identifiers as SQL string literals, for check constraints. */
export function sqlStringList(values: readonly string[]): string {
  return values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
}
