import { type Campaign, Channel, type Profile } from '@pinpoint/domain';
import { z } from 'zod';
import { encodeProfiles, type FeatureEncoder } from './features';
import {
  HELD_OUT,
  simulateCampaign,
  type SimulatedCampaign,
  type TrueResponseModel,
} from './synthetic-outcomes';

/**
 * What happened to one person in one campaign: sent a variant on a channel, or held out
 * (variant and channel null), and whether they responded. The record the learning reads.
 */
export const SendOutcome = z
  .object({
    campaignId: z.string().min(1).max(128),
    profileId: z.uuid(),
    variantId: z.string().min(1).max(128).nullable(),
    channel: Channel.nullable(),
    responded: z.boolean(),
  })
  .refine((outcome) => (outcome.variantId === null) === (outcome.channel === null), {
    message: 'a send has both a variant and a channel; a held-out person has neither',
    path: ['channel'],
  });
/** One person's send (or holdout) and response in one campaign. */
export type SendOutcome = z.infer<typeof SendOutcome>;

/**
 * The records of a simulated campaign, one per profile (`profiles[i]` is row `i`). A send goes
 * out on the variant's channel, else the person's preferred channel, else the campaign's
 * first channel by priority.
 */
export function sendOutcomesOf(
  campaign: Pick<Campaign, 'id' | 'variants' | 'channels'>,
  profiles: readonly Pick<Profile, 'id' | 'preferredChannel'>[],
  simulated: SimulatedCampaign,
): SendOutcome[] {
  if (profiles.length !== simulated.arm.length) {
    throw new RangeError(
      `expected ${simulated.arm.length} profiles, one per row; got ${profiles.length}`,
    );
  }
  const variants = simulated.variantIds.map((id) => {
    const variant = campaign.variants.find((v) => v.id === id);
    if (!variant) throw new RangeError(`campaign "${campaign.id}" has no variant "${id}"`);
    return variant;
  });
  const fallback = [...campaign.channels].sort((a, b) => a.priority - b.priority)[0]?.channel;
  return profiles.map((profile, row) => {
    const arm = simulated.arm[row]!;
    const variant = arm === HELD_OUT ? undefined : variants[arm];
    return {
      campaignId: campaign.id,
      profileId: profile.id,
      variantId: variant?.id ?? null,
      channel: variant ? (variant.channel ?? profile.preferredChannel ?? fallback ?? null) : null,
      responded: simulated.responded[row] === 1,
    };
  });
}

/**
 * Simulates a campaign on real-looking profiles: encodes them, holds out the campaign's
 * `holdoutShare`, sends the rest one of its variants at random, draws responses from `truth`,
 * and returns both the columnar simulation (with the true probabilities) and the records.
 */
export function simulateSendOutcomes(options: {
  campaign: Pick<Campaign, 'id' | 'variants' | 'channels' | 'holdoutShare'>;
  profiles: readonly Profile[];
  encoder: FeatureEncoder;
  truth: TrueResponseModel;
  seed: number;
}): { simulated: SimulatedCampaign; outcomes: SendOutcome[] } {
  const { campaign, profiles } = options;
  const simulated = simulateCampaign({
    design: encodeProfiles(options.encoder, profiles),
    truth: options.truth,
    variantIds: campaign.variants.map((variant) => variant.id),
    holdoutShare: campaign.holdoutShare,
    seed: options.seed,
  });
  return { simulated, outcomes: sendOutcomesOf(campaign, profiles, simulated) };
}
