import { compileRuleToSql, loadAudienceContext, type Database } from '@pinpoint/db';
import {
  validateRule,
  type AttributeValue,
  type Channel,
  type Issue,
  type SegmentRule,
} from '@pinpoint/domain';
import { sql } from 'drizzle-orm';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import {
  exportHeader,
  formatProfiles,
  type ExportedProfile,
  type ExportFormat,
  type ExportShape,
} from './export-format';

/** What to export and how. */
export interface ExportOptions {
  format: ExportFormat;
  /** Attribute keys to export, as columns in this order. */
  attributes: readonly string[];
  /** Export the addresses of the channels where each person is reachable. */
  channels: boolean;
  /** Profiles read per query (default 5,000). */
  pageSize?: number;
  /** End of the event windows of the rule (default: now). */
  asOf?: Date;
  signal?: AbortSignal;
}

/** What an export wrote. */
export interface ExportSummary {
  rows: number;
  durationMs: number;
}

/** Why an export could not start: the rule or the attribute list does not fit the catalog. */
export class ExportError extends Error {
  override readonly name = 'ExportError';

  constructor(
    readonly code: 'invalid_rule' | 'unknown_attribute' | 'aborted',
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
  }
}

/**
 * Streams the members of a segment (every profile of the workspace when `rule` is null) to
 * `output` as CSV or NDJSON: ids, external ids, the chosen attributes and, when asked, the
 * addresses of channels where each person is reachable (consent granted). Reads keyset pages
 * in id order and waits for a slow `output`, so memory stays flat for millions of rows.
 * The rule is validated against the catalog first (it may come from a file); `output` is
 * left open.
 */
export async function exportSegment(
  db: Database,
  workspaceId: string,
  rule: SegmentRule | null,
  options: ExportOptions,
  output: Writable,
): Promise<ExportSummary> {
  const started = performance.now();
  const context = await loadAudienceContext(db, workspaceId, options.asOf ?? new Date());
  const unknown = options.attributes.filter((key) => !context.catalog.attributes.has(key));
  if (unknown.length > 0) {
    throw new ExportError(
      'unknown_attribute',
      `no attribute ${unknown.map((key) => `"${key}"`).join(', ')} in the catalog`,
      unknown.map((key) => ({
        path: 'attributes',
        code: 'unknown_attribute',
        message: `unknown attribute "${key}"`,
      })),
    );
  }
  let compiled = { joins: sql``, where: sql`true` };
  if (rule !== null) {
    const validation = validateRule(rule, { catalog: context.catalog, segments: context.segments });
    if (!validation.ok) {
      const list = validation.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      throw new ExportError('invalid_rule', `the rule is not valid: ${list}`, validation.issues);
    }
    compiled = compileRuleToSql(validation.rule, context);
  }
  const shape: ExportShape = options;
  const pageSize = options.pageSize ?? 5000;
  const readPage = (after: string | null) =>
    exportPage(db, workspaceId, compiled, after, pageSize, shape.channels);
  await write(output, exportHeader(shape));
  let rows = 0;
  let next = readPage(null);
  for (;;) {
    const page = await next;
    const last = page.at(-1);
    // The next page is read while this one is written.
    if (page.length === pageSize && last) {
      next = readPage(last.id);
      // Handled: awaited on the next turn, or dropped when the export stops.
      next.catch(() => undefined);
    }
    if (options.signal?.aborted) throw new ExportError('aborted', 'the export was cancelled');
    await write(output, formatProfiles(page, shape));
    rows += page.length;
    if (page.length < pageSize) break;
  }
  return { rows, durationMs: performance.now() - started };
}

async function exportPage(
  db: Database,
  workspaceId: string,
  rule: { joins: ReturnType<typeof sql>; where: ReturnType<typeof sql> },
  after: string | null,
  limit: number,
  channels: boolean,
): Promise<ExportedProfile[]> {
  const from = after ? sql`and p.id > ${after}::uuid` : sql``;
  const rows = await db.rows<{
    id: string;
    external_id: string;
    attributes: Record<string, AttributeValue>;
  }>(
    sql`select p.id, p.external_id, p.attributes from profiles p ${rule.joins}
        where p.workspace_id = ${workspaceId} ${from} and ${rule.where} order by p.id limit ${limit}`,
  );
  const profiles = rows.map((row) => ({
    id: row.id,
    externalId: row.external_id,
    attributes: row.attributes,
    addresses: {},
  }));
  const first = profiles[0];
  const last = profiles.at(-1);
  if (!channels || !first || !last) return profiles;
  // A range of the channel table's key: one pass over it for the whole export. Members of a
  // narrow segment are spread over the range; the other profiles' rows are skipped below.
  const contacts = await db.rows<{ profile_id: string; channel: Channel; address: string }>(
    sql`select profile_id, channel, address from profile_channels
        where profile_id between ${first.id}::uuid and ${last.id}::uuid and consent = 'granted' and address is not null`,
  );
  const byId = new Map<string, ExportedProfile>(profiles.map((profile) => [profile.id, profile]));
  for (const contact of contacts) {
    const profile = byId.get(contact.profile_id);
    if (profile) profile.addresses[contact.channel] = contact.address;
  }
  return profiles;
}

async function write(output: Writable, text: string): Promise<void> {
  if (text !== '' && !output.write(text)) await once(output, 'drain');
}
