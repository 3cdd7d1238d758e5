import { graphql } from '../gql';
import type { CampaignInput, SavedCampaignsQuery as SavedCampaignsResult } from '../gql/graphql';

/** Saved campaigns with everything needed to edit and save them again. */
export const SavedCampaignsQuery = graphql(`
  query SavedCampaigns {
    campaigns {
      id
      name
      purpose
      includeSegments {
        id
      }
      excludeSegments {
        id
      }
      channels {
        channel
        costPerContact
        priority
      }
      holdoutShare
      frequencyCap {
        maxMessages
        perDays
      }
      budget {
        amount
        currency
      }
      variants {
        id
        name
        segmentId
        channel
        subject
        template
      }
      transparency {
        sponsor {
          name
          contact
        }
        paidBy {
          name
          contact
        }
        electionOrReferendum
        amountPaid {
          amount
          currency
        }
        period {
          from
          to
        }
      }
    }
  }
`);

/** Lets a save refresh the list even while it is empty (urql's cache keys on result types). */
export const savedCampaignsContext = { additionalTypenames: ['Campaign'] };

/** A saved campaign as the API returns it. */
export type SavedCampaign = SavedCampaignsResult['campaigns'][number];

/**
 * The input that saves `campaign` again unchanged (`saveCampaign` replaces by id). It leaves
 * `transparency` out, which the API reads as "keep the saved details".
 */
export function savedCampaignInput(campaign: SavedCampaign): CampaignInput {
  return {
    id: campaign.id,
    name: campaign.name,
    purpose: campaign.purpose,
    includeSegmentIds: campaign.includeSegments.map((s) => s.id),
    excludeSegmentIds: campaign.excludeSegments.map((s) => s.id),
    channels: campaign.channels.map(({ channel, costPerContact, priority }) => ({
      channel,
      costPerContact,
      priority,
    })),
    holdoutShare: campaign.holdoutShare,
    frequencyCap: campaign.frequencyCap
      ? { maxMessages: campaign.frequencyCap.maxMessages, perDays: campaign.frequencyCap.perDays }
      : null,
    budget: campaign.budget
      ? { amount: campaign.budget.amount, currency: campaign.budget.currency }
      : null,
    variants: campaign.variants.map(({ id, name, segmentId, channel, subject, template }) => ({
      id,
      name,
      segmentId,
      channel,
      subject,
      template,
    })),
  };
}
