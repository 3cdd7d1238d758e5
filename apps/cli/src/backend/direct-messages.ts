import { getCampaign, getCampaignVariant, readProfiles, type Database } from '@pinpoint/db';
import {
  Campaign,
  joinPath,
  MessageVariant,
  profileIdFor,
  renderMessageVariant,
  type Issue,
} from '@pinpoint/domain';
import type {
  Answer,
  CampaignTarget,
  MessagePreview,
  ProfileTarget,
  VariantTarget,
} from './backend';
import { isUuid, withoutNulls } from './input-json';

const shapeIssues = (base: string, issues: readonly { path: PropertyKey[]; message: string }[]) =>
  issues.map((i): Issue => ({
    path: joinPath(base, ...i.path),
    code: 'invalid_shape',
    message: i.message,
  }));

/**
 * A saved campaign, or a draft validated as the API validates `CampaignInput`: nulls dropped,
 * channel priorities 0 when left out (the input's default), and the id `draft`, which the
 * API gives drafts too, so that the holdout draw (seeded by the id) is the same.
 */
export async function resolveCampaign(
  db: Database,
  workspaceId: string,
  target: CampaignTarget,
): Promise<Answer<Campaign>> {
  if ('id' in target) {
    const campaign = await getCampaign(db, workspaceId, target.id);
    return campaign
      ? { ok: true, value: campaign }
      : {
          ok: false,
          issues: [
            {
              path: 'campaign.id',
              code: 'not_found',
              message: `no campaign with id "${target.id}"`,
            },
          ],
        };
  }
  const plain = withoutNulls(target.draft);
  const draft =
    typeof plain === 'object' && plain !== null ? (plain as Record<string, unknown>) : {};
  const channels = Array.isArray(draft.channels)
    ? draft.channels.map((c: unknown) =>
        typeof c === 'object' && c !== null ? { priority: 0, ...c } : c,
      )
    : draft.channels;
  const parsed = Campaign.safeParse({ ...draft, channels, id: draft.id ?? 'draft' });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: shapeIssues('campaign', parsed.error.issues) };
}

async function resolveVariant(
  db: Database,
  workspaceId: string,
  target: VariantTarget,
): Promise<Answer<MessageVariant>> {
  if ('saved' in target) {
    const { campaignId, variantId } = target.saved;
    return getCampaignVariant(db, workspaceId, campaignId, variantId, 'variant.saved');
  }
  const parsed = MessageVariant.safeParse(withoutNulls(target.draft));
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: shapeIssues('variant.draft', parsed.error.issues) };
}

/** A variant rendered for one real profile, as the API's `previewMessage` renders it. */
export async function previewMessage(
  db: Database,
  workspaceId: string,
  target: VariantTarget,
  profile: ProfileTarget,
): Promise<Answer<MessagePreview>> {
  const variant = await resolveVariant(db, workspaceId, target);
  if (!variant.ok) return variant;
  const id = 'id' in profile ? profile.id : profileIdFor(profile.externalId, workspaceId);
  const found = isUuid(id)
    ? (await readProfiles(db, workspaceId, [id.toLowerCase()])).get(id.toLowerCase())
    : undefined;
  if (!found) {
    const named = 'id' in profile ? `id "${profile.id}"` : `external id "${profile.externalId}"`;
    return {
      ok: false,
      issues: [{ path: 'profileId', code: 'not_found', message: `no profile with ${named}` }],
    };
  }
  const rendered = renderMessageVariant(variant.value, found);
  if (!rendered.ok) return rendered;
  const { ok: _, ...message } = rendered;
  return { ok: true, value: { profileId: found.id, externalId: found.externalId, ...message } };
}
