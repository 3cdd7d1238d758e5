import { saveCampaign } from '@pinpoint/db';
import { checkMessageVariant, joinPath, type Campaign } from '@pinpoint/domain';
import type { ApiContext } from '../context';
import type { CampaignInput } from '../generated/resolvers-types';
import { campaignFromInput } from './campaign-input';
import type { Result } from './result';

/**
 * Saves a campaign after checking it whole: shape, the segments it names (in `saveCampaign`)
 * and every variant's templates (syntax with line and column, variables the catalog lacks).
 */
export async function saveCampaignChecked(
  { db, workspaceId, audience }: ApiContext,
  input: CampaignInput,
): Promise<Result<Campaign>> {
  const parsed = campaignFromInput(input);
  if (!parsed.ok) return parsed;
  const { catalog } = await audience.at();
  const templateIssues = parsed.value.variants.flatMap(
    (variant, i) =>
      checkMessageVariant(variant, catalog, joinPath('campaign', 'variants', i)).issues,
  );
  if (templateIssues.length > 0) return { ok: false, issues: templateIssues };
  return saveCampaign(db, workspaceId, parsed.value);
}
