import type { CampaignInput, CampaignPurpose, Channel, MessageVariantInput } from '../gql/graphql';
import type { SavedCampaign } from './saved-campaigns';
import {
  emptyTransparencyDraft,
  toTransparencyInput,
  transparencyDraftFromSaved,
  type TransparencyDraft,
} from './transparency-draft';

/** One channel row of the planner: whether it is used, what a contact costs, its rank. */
export interface ChannelPlan {
  channel: Channel;
  enabled: boolean;
  costPerContact: number;
  priority: number;
}

/** The planner's form state: a campaign plan before it is saved. */
export interface CampaignDraft {
  id: string | null;
  name: string;
  purpose: CampaignPurpose;
  include: string[];
  exclude: string[];
  channels: ChannelPlan[];
  holdoutShare: number;
  frequencyCap: { maxMessages: number; perDays: number } | null;
  budget: number | null;
  /** Message variants, kept as they are (the studio edits them). */
  variants: MessageVariantInput[];
  /**
   * Sponsor, payer, election and the like. Kept whatever the purpose, so that switching away
   * from political and back loses nothing; sent only for political campaigns.
   */
  transparency: TransparencyDraft;
}

/** Typical costs per contact, in EUR, that a new plan starts from. */
const typicalCost: Record<Channel, number> = {
  email: 0.02,
  sms: 0.09,
  push: 0.01,
  post: 0.85,
  phone: 1.5,
};

/** A new plan over the catalog's channels; e-mail and SMS are on. */
export function newCampaignDraft(channels: readonly Channel[]): CampaignDraft {
  return {
    id: null,
    name: 'New campaign',
    purpose: 'civic',
    include: [],
    exclude: [],
    channels: channels.map((channel, priority) => ({
      channel,
      enabled: channel === 'email' || channel === 'sms',
      costPerContact: typicalCost[channel],
      priority,
    })),
    holdoutShare: 0.1,
    frequencyCap: null,
    budget: 100,
    variants: [],
    transparency: emptyTransparencyDraft(),
  };
}

/** The planner's draft of a saved campaign; channels it does not use are listed, switched off. */
export function draftFromSaved(
  campaign: SavedCampaign,
  channels: readonly Channel[],
): CampaignDraft {
  const fresh = newCampaignDraft(channels);
  return {
    id: campaign.id,
    name: campaign.name,
    purpose: campaign.purpose,
    include: campaign.includeSegments.map((s) => s.id),
    exclude: campaign.excludeSegments.map((s) => s.id),
    channels: fresh.channels.map((plan) => {
      const used = campaign.channels.find((c) => c.channel === plan.channel);
      return used
        ? { ...plan, enabled: true, costPerContact: used.costPerContact, priority: used.priority }
        : { ...plan, enabled: false };
    }),
    holdoutShare: campaign.holdoutShare,
    frequencyCap: campaign.frequencyCap
      ? { maxMessages: campaign.frequencyCap.maxMessages, perDays: campaign.frequencyCap.perDays }
      : null,
    budget: campaign.budget?.amount ?? null,
    variants: campaign.variants.map(({ id, name, segmentId, channel, subject, template }) => ({
      id,
      name,
      segmentId,
      channel,
      subject,
      template,
    })),
    transparency: transparencyDraftFromSaved(campaign.transparency),
  };
}

/**
 * The API's `CampaignInput` for a draft: only enabled channels, budget in EUR, and the
 * transparency details for a political campaign. Other campaigns leave `transparency` out, which
 * keeps whatever a saved campaign has (the API erases details only on an explicit null).
 */
export function toCampaignInput(draft: CampaignDraft): CampaignInput {
  const plan = toReachInput(draft);
  return draft.purpose === 'political'
    ? { ...plan, transparency: toTransparencyInput(draft.transparency) }
    : plan;
}

/**
 * The part of a draft that its reach depends on: everything but the transparency details, so
 * that a half-typed sponsor never holds up the estimate (and typing one does not ask again).
 */
export function toReachInput(draft: CampaignDraft): CampaignInput {
  return {
    ...(draft.id ? { id: draft.id } : {}),
    name: draft.name,
    purpose: draft.purpose,
    includeSegmentIds: draft.include,
    excludeSegmentIds: draft.exclude,
    channels: draft.channels
      .filter((c) => c.enabled)
      .map(({ channel, costPerContact, priority }) => ({ channel, costPerContact, priority })),
    holdoutShare: draft.holdoutShare,
    frequencyCap: draft.frequencyCap,
    budget: draft.budget === null ? null : { amount: draft.budget, currency: 'EUR' },
    variants: draft.variants,
  };
}
