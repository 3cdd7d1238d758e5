import {
  transparencyNotice,
  type Campaign,
  type MessageVariant,
  type TransparencyNotice,
} from '@pinpoint/domain';
import type { ApiContext } from '../context';
import type { Result } from './result';

/** A message variant as the API serves it: with its campaign, whose notice it carries. */
export type CampaignMessageVariant = MessageVariant & { campaign: Campaign };

/** Where a campaign's details are in `saveCampaign`'s input, so issues point there. */
const DETAILS_PATH = 'campaign.transparency';

/**
 * The transparency notice of a saved campaign, with the targeting criteria of its segments in
 * plain words as they are now; null when it has none to show (not political, and no details
 * given voluntarily). A political campaign saved before sponsors were required gets issues
 * that name what it lacks (`campaign.transparency.sponsor`), never a notice without a sponsor.
 */
export async function campaignTransparencyNotice(
  context: ApiContext,
  campaign: Campaign,
): Promise<Result<TransparencyNotice> | null> {
  if (campaign.purpose !== 'political' && campaign.transparency === undefined) return null;
  const { catalog, segments } = await context.audience.at();
  return transparencyNotice({
    campaign,
    details: campaign.transparency,
    detailsPath: DETAILS_PATH,
    segments,
    catalog,
  });
}
