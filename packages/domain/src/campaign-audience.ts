import type { AudienceResult } from './audience-question';
import type { Campaign, CampaignChannel } from './campaign';
import type { CatalogIndex } from './catalog';
import { joinPath, type Issue } from './issue';
import type { SegmentLookup } from './rule-references';
import type { SegmentRule } from './segment-rule';

/**
 * The event type that records a message sent to a person. Frequency caps count these; a
 * workspace whose catalog has no such event type caps no one.
 */
export const SENT_EVENT_TYPE = 'sent';

/** A campaign's audience as rules: who is included, excluded, and already capped. */
export interface CampaignRules {
  /** Members of at least one included segment. */
  include: SegmentRule;
  /** Members of at least one excluded segment; null when none are excluded. */
  exclude: SegmentRule | null;
  /**
   * People who already got `maxMessages` or more `sent` events in the last `perDays` days
   * (the event window semantics); null without a cap or without that event type.
   */
  frequencyCapped: SegmentRule | null;
}

const anyOf = (ids: readonly string[]): SegmentRule => ({
  or: ids.map((id) => ({ segment: { id } })),
});

/** The rules behind a campaign's audience, evaluated by every reach estimator alike. */
export function campaignRules(campaign: Campaign, catalog: CatalogIndex): CampaignRules {
  const cap = campaign.frequencyCap;
  return {
    include: anyOf(campaign.includeSegmentIds),
    exclude: campaign.excludeSegmentIds.length > 0 ? anyOf(campaign.excludeSegmentIds) : null,
    frequencyCapped:
      cap && catalog.eventTypes.has(SENT_EVENT_TYPE)
        ? { event: { type: SENT_EVENT_TYPE, withinDays: cap.perDays, atLeast: cap.maxMessages } }
        : null,
  };
}

/**
 * Checks what a reach estimate needs beyond a parsed campaign: every included and excluded
 * segment exists (issues name the position, `campaign.excludeSegmentIds[1]`), and a budget,
 * when given, is a finite amount of at least 0.
 */
export function checkReachRequest(
  campaign: Campaign,
  segments: SegmentLookup | undefined,
  budget?: number | null,
): AudienceResult<null> {
  const issues: Issue[] = [];
  for (const list of ['includeSegmentIds', 'excludeSegmentIds'] as const) {
    campaign[list].forEach((id, i) => {
      if (!segments?.(id)) {
        issues.push({
          path: joinPath('campaign', list, i),
          code: 'unknown_segment',
          message: `unknown segment "${id}"`,
        });
      }
    });
  }
  if (budget !== undefined && budget !== null && !(Number.isFinite(budget) && budget >= 0)) {
    issues.push({
      path: 'budget',
      code: 'invalid_range',
      message: 'expected an amount of 0 or more',
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: null };
}

/**
 * A campaign's channels in the order they are tried when a person's preferred channel is
 * not usable: by priority (lower first), equal priorities in the order the campaign lists them.
 */
export function channelsByPriority(campaign: Pick<Campaign, 'channels'>): CampaignChannel[] {
  return campaign.channels
    .map((channel, position) => ({ channel, position }))
    .sort((a, b) => a.channel.priority - b.channel.priority || a.position - b.position)
    .map(({ channel }) => channel);
}
