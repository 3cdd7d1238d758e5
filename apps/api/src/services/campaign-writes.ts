import { appendAudit, getCampaign, saveCampaign } from '@pinpoint/db';
import {
  checkMessageVariant,
  joinPath,
  parseTransparencyDetails,
  type Campaign,
} from '@pinpoint/domain';
import type { ApiContext } from '../context';
import type { CampaignInput } from '../generated/resolvers-types';
import { campaignFromInput } from './campaign-input';
import type { Result } from './result';
import { guardSpecialCategories } from './special-category-guard';

/**
 * Saves a campaign after checking it whole: shape, the segments it names (in `saveCampaign`),
 * every variant's templates (syntax with line and column, variables the catalog lacks), its
 * transparency details (a political campaign must name its sponsor) and the special-category
 * guardrail. Every problem found comes back at once. An accepted use of special categories is
 * written to the audit log in the same transaction as the campaign.
 */
export async function saveCampaignChecked(
  context: ApiContext,
  input: CampaignInput,
): Promise<Result<Campaign>> {
  const { db, workspaceId } = context;
  const parsed = campaignFromInput(input);
  if (!parsed.ok) return parsed;
  const campaign = await withSavedTransparency(context, parsed.value, input);
  const audience = await context.audience.at();
  const templateIssues = campaign.variants.flatMap(
    (variant, i) =>
      checkMessageVariant(variant, audience.catalog, joinPath('campaign', 'variants', i)).issues,
  );
  const details = parseTransparencyDetails(
    campaign.purpose,
    campaign.transparency,
    'campaign.transparency',
  );
  const guard = await guardSpecialCategories(context, campaign, audience, 'save');
  const issues = [
    ...templateIssues,
    ...(details.ok ? [] : details.issues),
    ...(guard.ok ? [] : guard.issues),
  ];
  if (issues.length > 0 || !guard.ok) return { ok: false, issues };
  return db.transaction(async (tx) => {
    const saved = await saveCampaign(tx, workspaceId, campaign);
    if (saved.ok && guard.value) await appendAudit(tx, workspaceId, guard.value);
    return saved;
  });
}

/**
 * `transparency` left out of the input keeps what the saved campaign has, so that a client
 * that does not know the field (an older explorer) cannot erase a sponsor by saving; an
 * explicit null removes the details.
 */
async function withSavedTransparency(
  { db, workspaceId }: ApiContext,
  campaign: Campaign,
  input: CampaignInput,
): Promise<Campaign> {
  if (input.transparency !== undefined || !input.id) return campaign;
  const saved = await getCampaign(db, workspaceId, campaign.id);
  return saved?.transparency ? { ...campaign, transparency: saved.transparency } : campaign;
}
