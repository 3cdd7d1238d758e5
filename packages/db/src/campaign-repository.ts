import { Campaign, joinPath, type Issue, type MessageVariant } from '@pinpoint/domain';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from './client';
import { getSegments, type WriteResult } from './segment-repository';

/** Lists a workspace's campaigns by name. */
export async function listCampaigns(db: Database, workspaceId: string): Promise<Campaign[]> {
  const rows = await db.rows<{ definition: Campaign }>(
    sql`select definition from campaigns where workspace_id = ${workspaceId} order by name, id`,
  );
  return rows.map((row) => Campaign.parse(row.definition));
}

/** Reads one campaign; null when there is none with that id. */
export async function getCampaign(
  db: Database,
  workspaceId: string,
  id: string,
): Promise<Campaign | null> {
  const [row] = await db.rows<{ definition: Campaign }>(
    sql`select definition from campaigns where workspace_id = ${workspaceId} and id = ${id}`,
  );
  return row ? Campaign.parse(row.definition) : null;
}

/**
 * A saved campaign's message variant, or a `not_found` issue at `path` that names what is
 * missing: the campaign, or the variant in it.
 */
export async function getCampaignVariant(
  db: Database,
  workspaceId: string,
  campaignId: string,
  variantId: string,
  path: string,
): Promise<{ ok: true; value: MessageVariant } | { ok: false; issues: Issue[] }> {
  const campaign = await getCampaign(db, workspaceId, campaignId);
  const variant = campaign?.variants.find((v) => v.id === variantId);
  if (variant) return { ok: true, value: variant };
  const message = campaign
    ? `campaign "${campaign.name}" has no variant "${variantId}"`
    : `no campaign with id "${campaignId}"`;
  return { ok: false, issues: [{ path, code: 'not_found', message }] };
}

/**
 * Validates and stores a campaign (new when `input.id` is absent or unknown, replaced
 * otherwise). Every segment it names must exist in the workspace.
 */
export async function saveCampaign(
  db: Database,
  workspaceId: string,
  input: unknown,
): Promise<WriteResult<Campaign>> {
  const withId =
    typeof input === 'object' && input !== null && !('id' in input)
      ? { ...input, id: randomUUID() }
      : input;
  const parsed = Campaign.safeParse(withId);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: joinPath('campaign', ...i.path),
        code: 'invalid_shape',
        message: i.message,
      })),
    };
  }
  const campaign = parsed.data;
  return db.transaction(async (tx) => {
    const named = [
      ...campaign.includeSegmentIds.map(
        (id, i) => [id, joinPath('campaign', 'includeSegmentIds', i)] as const,
      ),
      ...campaign.excludeSegmentIds.map(
        (id, i) => [id, joinPath('campaign', 'excludeSegmentIds', i)] as const,
      ),
      ...campaign.variants.map(
        (v, i) => [v.segmentId, joinPath('campaign', 'variants', i, 'segmentId')] as const,
      ),
    ];
    const known = await getSegments(tx, workspaceId, [...new Set(named.map(([id]) => id))]);
    const issues: Issue[] = named
      .filter(([id]) => !known.has(id))
      .map(([id, path]) => ({ path, code: 'unknown_segment', message: `unknown segment "${id}"` }));
    if (issues.length > 0) return { ok: false, issues };
    await tx.rows(sql`insert into campaigns (id, workspace_id, name, purpose, definition)
      values (${campaign.id}, ${workspaceId}, ${campaign.name}, ${campaign.purpose}, ${JSON.stringify(campaign)}::text::jsonb)
      on conflict (workspace_id, id) do update set name = excluded.name, purpose = excluded.purpose,
        definition = excluded.definition, updated_at = now()`);
    return { ok: true, value: campaign };
  });
}

/** Deletes a campaign; false when there was none. */
export async function deleteCampaign(
  db: Database,
  workspaceId: string,
  id: string,
): Promise<boolean> {
  const rows = await db.rows(
    sql`delete from campaigns where workspace_id = ${workspaceId} and id = ${id} returning id`,
  );
  return rows.length === 1;
}
