import type { AudienceQuestionContext } from './audience-question';
import type { Campaign } from './campaign';
import { campaignRules, checkReachRequest, type CampaignRules } from './campaign-audience';
import { isReachable } from './channel';
import { isHeldOut } from './holdout';
import type { Profile } from './profile';
import {
  reachFromCounts,
  type ReachCounts,
  type ReachEstimateResult,
  type ReachOptions,
  type ReachOutcome,
} from './reach-estimate';
import { matches } from './rule-evaluator';

/**
 * What happens to one person in a campaign: null when they are not in the audience, else
 * the first of excluded, holdout, frequency cap; then their preferred channel if the
 * campaign uses it and it is reachable, else the reachable campaign channel with the lowest
 * priority (ties: the first listed); else `no_address` when they have an address on none of
 * the campaign's channels, `no_consent` otherwise.
 */
export function reachOutcome(
  profile: Profile,
  campaign: Campaign,
  rules: CampaignRules,
  context: AudienceQuestionContext,
): ReachOutcome | null {
  if (!matches(profile, rules.include, context)) return null;
  if (rules.exclude && matches(profile, rules.exclude, context)) return 'excluded';
  if (isHeldOut(campaign.id, profile.id, campaign.holdoutShare)) return 'holdout';
  if (rules.frequencyCapped && matches(profile, rules.frequencyCapped, context))
    return 'frequency_cap';
  const contact = (channel: string) => profile.channels.find((c) => c.channel === channel);
  const preferred = campaign.channels.find((c) => c.channel === profile.preferredChannel);
  if (preferred && isReachable(contact(preferred.channel))) return preferred.channel;
  // Scans instead of sorting, independently of `channelsByPriority`, which SQL uses.
  let best: Campaign['channels'][number] | undefined;
  for (const candidate of campaign.channels) {
    if (!isReachable(contact(candidate.channel))) continue;
    if (!best || candidate.priority < best.priority) best = candidate;
  }
  if (best) return best.channel;
  const anyAddress = campaign.channels.some((c) => (contact(c.channel)?.address ?? null) !== null);
  return anyAddress ? 'no_consent' : 'no_address';
}

/**
 * The reference reach estimate over `profiles` as the whole population: every person's
 * `reachOutcome`, counted and handed to `reachFromCounts`. Unknown segments are reported as
 * issues with their path in the campaign, not thrown.
 */
export function reachOf(
  profiles: readonly Profile[],
  campaign: Campaign,
  context: AudienceQuestionContext,
  options: ReachOptions = {},
): ReachEstimateResult {
  const checked = checkReachRequest(campaign, context.segments, options.budget);
  if (!checked.ok) return checked;
  const rules = campaignRules(campaign, context.catalog);
  const counts: ReachCounts = {};
  for (const profile of profiles) {
    const outcome = reachOutcome(profile, campaign, rules, context);
    if (outcome !== null) counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  return { ok: true, value: reachFromCounts(campaign, counts, options) };
}
