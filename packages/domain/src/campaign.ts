import { z } from 'zod';
import { Channel } from './channel';
import { SegmentId } from './segment-rule';
import { TransparencyDetails } from './transparency-details';

/**
 * Why a campaign is sent. Political campaigns carry extra duties (EU 2024/900 transparency,
 * no targeting on special categories without explicit consent).
 */
export const CampaignPurpose = z.enum(['commercial', 'political', 'civic']);
/** Why a campaign is sent. */
export type CampaignPurpose = z.infer<typeof CampaignPurpose>;

/** A channel a campaign may use, what one contact on it costs, and its rank when a person's preferred channel is not usable. */
export const CampaignChannel = z.object({
  channel: Channel,
  costPerContact: z.number().min(0).max(1_000_000),
  /** Lower is tried first. */
  priority: z.number().int().min(0).max(100),
});
/** A channel a campaign may use. */
export type CampaignChannel = z.infer<typeof CampaignChannel>;

/** One message for the members of one segment: a Liquid template per channel, or for all. */
export const MessageVariant = z.object({
  id: z.string().min(1).max(128),
  name: z.string().trim().min(1).max(200),
  segmentId: SegmentId,
  channel: Channel.nullable().default(null),
  subject: z.string().max(1000).nullable().default(null),
  template: z.string().min(1).max(20_000),
});
/** One message for the members of one segment. */
export type MessageVariant = z.infer<typeof MessageVariant>;

/** A campaign plan: who is included and excluded, over which channels, with what, at what cost. */
export const Campaign = z
  .object({
    id: z.string().min(1).max(128),
    name: z.string().trim().min(1, 'a campaign needs a name').max(200),
    purpose: CampaignPurpose,
    includeSegmentIds: z.array(SegmentId).min(1, 'include at least one segment').max(50),
    excludeSegmentIds: z.array(SegmentId).max(50).default([]),
    channels: z.array(CampaignChannel).min(1, 'choose at least one channel'),
    variants: z.array(MessageVariant).default([]),
    /** Share of the audience kept back, unsent, to measure the campaign's effect (0..0.5). */
    holdoutShare: z.number().min(0).max(0.5).default(0),
    /** At most `maxMessages` per person in any `perDays` days. */
    frequencyCap: z
      .object({
        maxMessages: z.number().int().min(1).max(1000),
        perDays: z.number().int().min(1).max(365),
      })
      .nullable()
      .default(null),
    budget: z
      .object({
        amount: z.number().min(0),
        currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as EUR'),
      })
      .nullable()
      .default(null),
    /**
     * Sponsor, payer, election and the like for the campaign's transparency notice (EU
     * 2024/900). Absent on campaigns saved before notices existed, so that they still load;
     * `transparencyDetailsSchema(purpose)` decides, when a campaign is saved, whether they
     * are complete (a political campaign must name its sponsor).
     */
    transparency: TransparencyDetails.optional(),
  })
  .refine((c) => new Set(c.channels.map((ch) => ch.channel)).size === c.channels.length, {
    message: 'each channel may appear once',
    path: ['channels'],
  })
  .refine((c) => !c.includeSegmentIds.some((id) => c.excludeSegmentIds.includes(id)), {
    message: 'a segment cannot be both included and excluded',
    path: ['excludeSegmentIds'],
  });
/** A campaign plan. */
export type Campaign = z.infer<typeof Campaign>;
