import type { AudienceResult } from './audience-question';
import {
  budgetCurve,
  contactCost,
  fullReachCost,
  reachAtBudget,
  type BudgetPoint,
  type PricedContacts,
} from './budget-curve';
import type { Campaign } from './campaign';
import type { Channel } from './channel';

/** Why a member of a campaign's audience is not contacted; the first that applies counts. */
export type UnreachableReason =
  'excluded' | 'holdout' | 'frequency_cap' | 'no_address' | 'no_consent';

/** What happens to one member of a campaign's audience: the channel they are contacted on, or why not. */
export type ReachOutcome = Channel | UnreachableReason;

/** Audience members per outcome; outcomes no one has may be left out. */
export type ReachCounts = Partial<Record<ReachOutcome, number>>;

/** People contacted on one channel, each person on one channel only. */
export interface ChannelReach extends PricedContacts {
  channel: Channel;
  /** `reached × costPerContact`. */
  cost: number;
}

/** Audience members not contacted, by the first reason that applies. */
export interface UnreachableCounts {
  excluded: number;
  holdout: number;
  frequencyCapped: number;
  noAddress: number;
  noConsent: number;
}

/** Who a campaign would reach at `asOf`, over which channels, at what cost. */
export interface ReachEstimate {
  /** Members of at least one included segment. */
  audience: number;
  /** People who would be contacted at full budget. */
  reachable: number;
  /** Contacts per campaign channel, in the campaign's order. */
  channels: ChannelReach[];
  unreachable: UnreachableCounts;
  /** What contacting everyone reachable costs. */
  costAtFullReach: number;
  /** The budget asked about (the option, else the campaign's); null when there is none. */
  budget: number | null;
  /** People that budget reaches, cheapest channels first; null without a budget. */
  reachAtBudget: number | null;
  /** Budget → reach from 0 to `costAtFullReach` (see `budgetCurve`). */
  curve: BudgetPoint[];
}

/** Options of a reach estimate. */
export interface ReachOptions {
  /** Budget to estimate the reach of; the campaign's budget when absent. */
  budget?: number | null;
}

/**
 * Turns counts per outcome into a reach estimate: totals, cost per channel, cost at full
 * reach, reach at the budget and the budget curve. All estimators (SQL, in memory) count
 * outcomes and leave the arithmetic to this one function.
 */
export function reachFromCounts(
  campaign: Pick<Campaign, 'channels' | 'budget'>,
  counts: ReachCounts,
  options: ReachOptions = {},
): ReachEstimate {
  const count = (outcome: ReachOutcome) => counts[outcome] ?? 0;
  const channels = campaign.channels.map(({ channel, costPerContact }) => {
    const reached = count(channel);
    return { channel, reached, costPerContact, cost: contactCost(reached, costPerContact) };
  });
  const unreachable: UnreachableCounts = {
    excluded: count('excluded'),
    holdout: count('holdout'),
    frequencyCapped: count('frequency_cap'),
    noAddress: count('no_address'),
    noConsent: count('no_consent'),
  };
  const reachable = channels.reduce((sum, c) => sum + c.reached, 0);
  const { excluded, holdout, frequencyCapped, noAddress, noConsent } = unreachable;
  const lost = excluded + holdout + frequencyCapped + noAddress + noConsent;
  const budget = options.budget ?? campaign.budget?.amount ?? null;
  return {
    audience: reachable + lost,
    reachable,
    channels,
    unreachable,
    costAtFullReach: fullReachCost(channels),
    budget,
    reachAtBudget: budget === null ? null : reachAtBudget(channels, budget),
    curve: budgetCurve(channels),
  };
}

/** An estimate, or why it could not be made (unknown segments, a negative budget). */
export type ReachEstimateResult = AudienceResult<ReachEstimate>;
