import type { Campaign } from './campaign';
import { type Catalog, type CatalogIndex, indexCatalog } from './catalog';
import { joinPath } from './issue';
import type { SegmentLookup } from './rule-references';
import { ruleImpliesAttributeEquals } from './rule-implication';
import {
  formatLegalGround,
  GDPR_ARTICLE_9_1,
  type LegalGround,
  POLITICAL_ADVERTISING_ARTICLE_18_1_C,
  SPECIAL_CATEGORY_WORDS,
} from './special-category-law';
import { specialCategoryUses, type SpecialCategoryUse } from './special-category-uses';

/** A workspace's choices about special-category data. */
export interface SpecialCategorySettings {
  /**
   * Key of the boolean attribute that is true for people who gave explicit consent, separately
   * for political advertising; null when the workspace records no such consent.
   */
  politicalConsentAttribute: string | null;
  /**
   * Whether commercial and civic campaigns may use special-category attributes; set by an
   * administrator who has an Art. 9(2) GDPR exception for it. Every such use is then logged.
   */
  allowSensitiveCommercial: boolean;
}

/** Why a campaign plan was refused; stable, so that the API can map each code to an error. */
export const SPECIAL_CATEGORY_ISSUE_CODES = [
  'special_category_political',
  'special_category_not_allowed',
  'political_consent_not_ensured',
  'unknown_segment',
  'unknown_attribute',
] as const;
/** Why a campaign plan was refused. */
export type SpecialCategoryIssueCode = (typeof SPECIAL_CATEGORY_ISSUE_CODES)[number];

/** One reason a campaign plan was refused, named by its path in the input like an `Issue`. */
export interface SpecialCategoryIssue {
  path: string;
  code: SpecialCategoryIssueCode;
  message: string;
  /** The attribute, its category and the segments using it, for `special_category_*` codes. */
  use?: SpecialCategoryUse;
  /** The provisions the refusal rests on; empty when the plan could not be checked at all. */
  legalGrounds: LegalGround[];
}

/** Why an accepted plan must still be written to the audit log. */
export const SPECIAL_CATEGORY_AUDIT_CODES = [
  'sensitive_commercial_allowed',
  'political_with_explicit_consent',
] as const;
/** Why an accepted plan must be logged. */
export type SpecialCategoryAuditCode = (typeof SPECIAL_CATEGORY_AUDIT_CODES)[number];

/** What the caller must record in the audit log before saving or estimating the plan. */
export interface SpecialCategoryAudit {
  code: SpecialCategoryAuditCode;
  message: string;
  uses: SpecialCategoryUse[];
}

/**
 * The outcome of `checkSpecialCategoryTargeting`: accepted, with an audit record to write
 * when special categories are used, or refused with every reason.
 */
export type SpecialCategoryCheck =
  { ok: true; audit: SpecialCategoryAudit | null } | { ok: false; issues: SpecialCategoryIssue[] };

/** What `checkSpecialCategoryTargeting` looks at. */
export interface SpecialCategoryCheckInput {
  campaign: Pick<Campaign, 'purpose' | 'includeSegmentIds' | 'excludeSegmentIds'>;
  segments: SegmentLookup;
  catalog: Catalog | CatalogIndex;
  settings: SpecialCategorySettings;
}

/**
 * Checks a campaign plan against the rules on special categories of personal data (GDPR
 * Art. 9) before it is saved or estimated. Attributes count wherever they occur: in included
 * or excluded segments, directly or through segment references.
 *
 * - `political`: refused (`special_category_political`) unless every included segment
 *   implies `<politicalConsentAttribute> eq true`, checked conservatively by
 *   `ruleImpliesAttributeEquals`; `political_consent_not_ensured` names each segment that
 *   does not. Accepted uses come back as an audit record.
 * - `commercial` and `civic`: refused (`special_category_not_allowed`) unless the workspace
 *   allows sensitive commercial targeting; then accepted with an audit record.
 *
 * An unknown segment or attribute is refused too (`unknown_segment`, `unknown_attribute`):
 * what cannot be seen cannot be shown to be clean.
 *
 * The consent exception for political campaigns is the workspace policy this check enforces,
 * not a reading of the law: Art. 18(1) of Regulation (EU) 2024/900 lists explicit consent
 * (point (b)) and no profiling on special categories (point (c)) as conditions that must all
 * hold for online political advertising, so consent alone may not lift point (c) there.
 */
export function checkSpecialCategoryTargeting(
  input: SpecialCategoryCheckInput,
): SpecialCategoryCheck {
  const { campaign, segments, settings } = input;
  const catalog = 'catalog' in input.catalog ? input.catalog : indexCatalog(input.catalog);
  const { uses, unresolved } = specialCategoryUses(campaign, segments, catalog);
  const issues: SpecialCategoryIssue[] = unresolved.map((u) => ({ ...u, legalGrounds: [] }));
  let audit: SpecialCategoryAudit | null = null;
  if (uses.length > 0) {
    switch (campaign.purpose) {
      case 'political': {
        const consent = consentIssues(campaign, segments, catalog, settings);
        if (consent.length === 0) {
          audit = auditRecord('political_with_explicit_consent', uses);
        } else {
          issues.push(...uses.map(politicalIssue), ...consent);
        }
        break;
      }
      // Civic campaigns (public-interest information such as a vaccination reminder,
      // neutral between parties and not meant to sway a vote) are not political advertising,
      // so Regulation (EU) 2024/900 does not reach them, but GDPR Art. 9 still does: exactly
      // the position of a commercial campaign. A civic label on a message meant to sway a
      // vote is a wrong purpose, which no rule check can detect.
      case 'civic':
      case 'commercial':
        if (settings.allowSensitiveCommercial) {
          audit = auditRecord('sensitive_commercial_allowed', uses);
        } else {
          issues.push(...uses.map((use) => notAllowedIssue(use, campaign.purpose)));
        }
        break;
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, audit };
}

function consentIssues(
  campaign: SpecialCategoryCheckInput['campaign'],
  segments: SegmentLookup,
  catalog: CatalogIndex,
  settings: SpecialCategorySettings,
): SpecialCategoryIssue[] {
  const key = settings.politicalConsentAttribute;
  const at = joinPath('settings', 'politicalConsentAttribute');
  const grounds = [GDPR_ARTICLE_9_1, POLITICAL_ADVERTISING_ARTICLE_18_1_C];
  const issue = (path: string, message: string): SpecialCategoryIssue => ({
    path,
    code: 'political_consent_not_ensured',
    message,
    legalGrounds: grounds,
  });
  if (key === null) {
    return [
      issue(
        at,
        'the workspace records no explicit, separate consent to political advertising, so no political campaign may use special categories of personal data',
      ),
    ];
  }
  const definition = catalog.attributes.get(key);
  if (definition?.type !== 'boolean') {
    return [
      issue(
        at,
        `the political consent attribute "${key}" is not a true/false attribute of the catalog, so consent cannot be checked`,
      ),
    ];
  }
  return campaign.includeSegmentIds.flatMap((id, index) => {
    const segment = segments(id);
    // Unknown segments are already refused as such; one reason per problem is enough.
    if (!segment || ruleImpliesAttributeEquals({ segment: { id } }, key, true, segments)) return [];
    return [
      issue(
        joinPath('campaign', 'includeSegmentIds', index),
        `segment "${segment.name}" is not limited to people who consented to political advertising: add the condition "${definition.label}" is true at its top level, or in every branch of an "or"`,
      ),
    ];
  });
}

/** `"Religion" (religious or philosophical beliefs) is used in the included segment "A" (through "B")`. */
function describeUse(use: SpecialCategoryUse): string {
  const places = use.segments.map((segment) => {
    const elsewhere = segment.definedIn.filter((defined) => defined.id !== segment.id);
    const through =
      elsewhere.length === 0 ? '' : ` (through ${elsewhere.map((s) => `"${s.name}"`).join(', ')})`;
    const role = segment.role === 'include' ? 'included' : 'excluded';
    return `the ${role} segment "${segment.name}"${through}`;
  });
  const category = SPECIAL_CATEGORY_WORDS[use.category];
  return `"${use.label}" (${category}, a special category of personal data) is used in ${places.join(' and ')}`;
}

function politicalIssue(use: SpecialCategoryUse): SpecialCategoryIssue {
  const legalGrounds = [GDPR_ARTICLE_9_1, POLITICAL_ADVERTISING_ARTICLE_18_1_C];
  return {
    path: use.segments[0]?.path ?? 'campaign',
    code: 'special_category_political',
    message: `${describeUse(use)}. A political campaign may not select people by it (${legalGrounds.map(formatLegalGround).join('; ')}), unless every included segment is limited to people who gave explicit, separate consent to political advertising`,
    use,
    legalGrounds,
  };
}

function notAllowedIssue(use: SpecialCategoryUse, purpose: string): SpecialCategoryIssue {
  return {
    path: use.segments[0]?.path ?? 'campaign',
    code: 'special_category_not_allowed',
    message: `${describeUse(use)}. This workspace does not allow ${purpose} campaigns to select people by special categories (${formatLegalGround(GDPR_ARTICLE_9_1)})`,
    use,
    legalGrounds: [GDPR_ARTICLE_9_1],
  };
}

function auditRecord(
  code: SpecialCategoryAuditCode,
  uses: SpecialCategoryUse[],
): SpecialCategoryAudit {
  const reason =
    code === 'political_with_explicit_consent'
      ? 'in a political campaign limited to people who gave explicit, separate consent'
      : 'under the workspace permission for sensitive commercial targeting';
  return { code, message: `${uses.map(describeUse).join('; ')}; accepted ${reason}`, uses };
}
