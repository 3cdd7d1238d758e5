import type { AudienceResult } from './audience-question';
import type { Campaign, CampaignPurpose } from './campaign';
import type { Catalog, CatalogIndex } from './catalog';
import { type Issue, joinPath } from './issue';
import { ruleDescriber } from './rule-description';
import type { SegmentLookup } from './rule-references';
import {
  parseTransparencyDetails,
  type Payer,
  type Sponsor,
  type TransparencyDetails,
} from './transparency-details';

/** One segment a campaign targets or excludes, with its criteria in plain words. */
export interface TargetedSegment {
  segmentId: string;
  segmentName: string;
  /** `describeRule` of the segment's rule: "people whose Age is at least 30 and …". */
  criteria: string;
}

/** The targeting part of a notice: which criteria chose the audience. */
export interface TargetingCriteria {
  included: TargetedSegment[];
  excluded: TargetedSegment[];
  /**
   * All criteria in one passage: the included segments' criteria joined by "; or", then
   * ", excluding" (after several: "; in every case excluding") and the excluded segments'
   * criteria joined by "; and".
   */
  summary: string;
}

/** What a campaign's transparency notice tells the people it reaches. */
export interface TransparencyNotice {
  campaignId: string;
  campaignName: string;
  purpose: CampaignPurpose;
  /** Whether the law requires this notice: true for political campaigns. */
  required: boolean;
  sponsor: Sponsor | null;
  /** Who paid: the payer given in the details, else the sponsor. */
  paidBy: Payer | null;
  electionOrReferendum: string | null;
  amountPaid: TransparencyDetails['amountPaid'];
  period: TransparencyDetails['period'];
  targeting: TargetingCriteria;
}

/** What `transparencyNotice` needs. */
export interface TransparencyNoticeInput {
  campaign: Pick<Campaign, 'id' | 'name' | 'purpose' | 'includeSegmentIds' | 'excludeSegmentIds'>;
  /**
   * Untrusted input, checked against `transparencyDetailsSchema(campaign.purpose)`; none
   * (undefined or null) reads as empty details.
   */
  details: unknown;
  /** Where the details are in the caller's input, for issue paths (default `details`). */
  detailsPath?: string;
  segments: SegmentLookup;
  catalog: Catalog | CatalogIndex;
}

/**
 * The transparency notice of a campaign: sponsor, who paid, the election or referendum, and
 * the targeting criteria of each included and excluded segment in plain words. Political
 * campaigns must name a sponsor with name and contact. Problems come back as issues named by
 * their path (`details.sponsor.contact`, `campaign.excludeSegmentIds[0]`), never thrown.
 */
export function transparencyNotice(
  input: TransparencyNoticeInput,
): AudienceResult<TransparencyNotice> {
  const { campaign, segments } = input;
  const parsed = parseTransparencyDetails(
    campaign.purpose,
    input.details,
    input.detailsPath ?? 'details',
  );
  const issues: Issue[] = parsed.ok ? [] : [...parsed.issues];
  const describe = ruleDescriber(input.catalog, segments);
  const targeted = (list: 'includeSegmentIds' | 'excludeSegmentIds') =>
    campaign[list].flatMap((id, index): TargetedSegment[] => {
      const segment = segments(id);
      if (segment)
        return [{ segmentId: id, segmentName: segment.name, criteria: describe(segment.rule) }];
      issues.push({
        path: joinPath('campaign', list, index),
        code: 'unknown_segment',
        message: `unknown segment "${id}"`,
      });
      return [];
    });
  const included = targeted('includeSegmentIds');
  const excluded = targeted('excludeSegmentIds');
  if (!parsed.ok || issues.length > 0) return { ok: false, issues };
  const details = parsed.value;
  return {
    ok: true,
    value: {
      campaignId: campaign.id,
      campaignName: campaign.name,
      purpose: campaign.purpose,
      required: campaign.purpose === 'political',
      sponsor: details.sponsor,
      paidBy: details.paidBy ?? (details.sponsor && { ...details.sponsor }),
      electionOrReferendum: details.electionOrReferendum,
      amountPaid: details.amountPaid,
      period: details.period,
      targeting: { included, excluded, summary: targetingSummary(included, excluded) },
    },
  };
}

function targetingSummary(included: TargetedSegment[], excluded: TargetedSegment[]): string {
  // Semicolons separate whole segments, whose own criteria may hold commas and "or".
  const people = included.map((segment) => segment.criteria).join('; or ');
  if (excluded.length === 0) return people;
  // After several included segments, "excluding" must not read as part of the last one.
  const excluding = included.length > 1 ? '; in every case excluding ' : ', excluding ';
  return `${people}${excluding}${excluded.map((segment) => segment.criteria).join('; and ')}`;
}
