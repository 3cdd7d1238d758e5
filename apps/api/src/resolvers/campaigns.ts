import { deleteCampaign, getCampaign, listCampaigns } from '@pinpoint/db';
import type { Resolvers } from '../generated/resolvers-types';
import { saveCampaignChecked } from '../services/campaign-writes';
import { estimateCampaignReach } from '../services/reach';
import { toPayload } from '../services/result';
import { campaignTransparencyNotice } from '../services/transparency-notices';

/** Campaigns: CRUD and reach estimates of saved and draft plans. */
export const campaignResolvers: Resolvers = {
  Query: {
    campaigns: async (_, { search }, { db, workspaceId }) => {
      const all = await listCampaigns(db, workspaceId);
      const needle = search?.trim().toLowerCase();
      return needle ? all.filter((c) => c.name.toLowerCase().includes(needle)) : all;
    },
    campaign: (_, { id }, { db, workspaceId }) => getCampaign(db, workspaceId, id),
    reachEstimate: async (_, { campaign, asOf, budget }, context) =>
      toPayload(await estimateCampaignReach(context, campaign, { asOf, budget }), 'ReachEstimate'),
  },
  Mutation: {
    saveCampaign: async (_, { input }, context) =>
      toPayload(await saveCampaignChecked(context, input), 'Campaign'),
    deleteCampaign: async (_, { id }, { db, workspaceId }) =>
      toPayload(
        (await deleteCampaign(db, workspaceId, id))
          ? { ok: true, value: { id } }
          : {
              ok: false,
              issues: [{ path: 'id', code: 'not_found', message: `no campaign with id "${id}"` }],
            },
        'DeletedCampaign',
      ),
  },
  Campaign: {
    includeSegments: async ({ includeSegmentIds }, _, { loaders }) =>
      (await loaders.segment.loadMany(includeSegmentIds)).filter(isSegment),
    excludeSegments: async ({ excludeSegmentIds }, _, { loaders }) =>
      (await loaders.segment.loadMany(excludeSegmentIds)).filter(isSegment),
    budget: ({ budget }) => budget,
    variants: (campaign) => campaign.variants.map((variant) => ({ ...variant, campaign })),
    transparencyNotice: async (campaign, _, context) =>
      noticePayload(await campaignTransparencyNotice(context, campaign)),
    reachEstimate: async (campaign, { asOf, budget }, context) =>
      toPayload(
        await estimateCampaignReach(context, { saved: campaign }, { asOf, budget }),
        'ReachEstimate',
      ),
  },
  MessageVariant: {
    segment: ({ segmentId }, _, { loaders }) => loaders.segment.load(segmentId),
    transparencyNotice: async ({ campaign }, _, context) =>
      noticePayload(await campaignTransparencyNotice(context, campaign)),
  },
};

const noticePayload = (notice: Awaited<ReturnType<typeof campaignTransparencyNotice>>) =>
  notice && toPayload(notice, 'TransparencyNotice');

function isSegment<T>(value: T | Error | null): value is T {
  return value !== null && !(value instanceof Error);
}
