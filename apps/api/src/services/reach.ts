import { appendAudit, getCampaign } from '@pinpoint/db';
import type { Campaign, ReachEstimate } from '@pinpoint/domain';
import type { ApiContext } from '../context';
import type { CampaignRef } from '../generated/resolvers-types';
import { campaignFromInput } from './campaign-input';
import { ApiError } from '../server/api-error';
import type { Result } from './result';
import { guardSpecialCategories } from './special-category-guard';

/** Where an answer came from: the engine, its version, and the instant evaluated at. */
export interface AnswerSource {
  engine: 'sql' | 'index';
  indexVersion: number | null;
  asOf: Date;
}

/** The source of an answer given by `backend` at `asOf`. */
export const sourceOf = (
  backend: { engine: 'sql' | 'index'; version: number | null },
  asOf: Date,
): AnswerSource => ({ engine: backend.engine, indexVersion: backend.version, asOf });

/** A saved campaign by id, a draft, or a campaign already loaded. */
export type CampaignSource = CampaignRef | { saved: Campaign };

async function resolveCampaign(
  { db, workspaceId }: ApiContext,
  source: CampaignSource,
): Promise<Result<Campaign>> {
  if ('saved' in source) return { ok: true, value: source.saved };
  if (source.id) {
    const campaign = await getCampaign(db, workspaceId, source.id);
    return campaign
      ? { ok: true, value: campaign }
      : {
          ok: false,
          issues: [
            {
              path: 'campaign.id',
              code: 'not_found',
              message: `no campaign with id "${source.id}"`,
            },
          ],
        };
  }
  if (!source.draft) throw new ApiError('bad_request', 'give a campaign id or a draft');
  return campaignFromInput(source.draft, 'draft');
}

/**
 * The reach of a saved or draft campaign at `asOf` (the request's now when absent). The plan
 * passes the special-category guardrail first, as when it is saved: the settings or segments
 * may have changed since, and a draft has never been checked. An accepted use of special
 * categories is written to the audit log before anything is counted.
 */
export async function estimateCampaignReach(
  context: ApiContext,
  source: CampaignSource,
  options: { asOf?: Date | null; budget?: number | null },
): Promise<Result<ReachEstimate & { source: AnswerSource }>> {
  const campaign = await resolveCampaign(context, source);
  if (!campaign.ok) return campaign;
  const audience = await context.audience.at(options.asOf);
  const guard = await guardSpecialCategories(context, campaign.value, audience, 'reach');
  if (!guard.ok) return guard;
  if (guard.value) await appendAudit(context.db, context.workspaceId, guard.value);
  const estimate = await context.backend.reach(campaign.value, audience, {
    budget: options.budget ?? null,
  });
  if (!estimate.ok) return estimate;
  return {
    ok: true,
    value: { ...estimate.value, source: sourceOf(context.backend, audience.asOf) },
  };
}
