import type { AudienceContext, AuditEntryInput } from '@pinpoint/db';
import { checkSpecialCategoryTargeting, type Campaign, type Issue } from '@pinpoint/domain';
import type { ApiContext } from '../context';
import type { Result } from './result';

/** What is done with a campaign plan that passed the guardrail. */
export type GuardedAction = 'save' | 'reach';

/**
 * Checks a campaign plan against the special-category guardrail (`checkSpecialCategoryTargeting`)
 * with the workspace's settings, before it is saved or its reach estimated. A refusal comes back
 * as issues whose messages name the attribute, its category, the segments and the legal ground.
 * An accepted use of special categories comes back as the audit entry the caller must append
 * (operation `special_category_use`) before it acts: in the same transaction when saving, so
 * that a saved plan is never missing from the log.
 */
export async function guardSpecialCategories(
  context: ApiContext,
  campaign: Campaign,
  audience: AudienceContext,
  action: GuardedAction,
): Promise<Result<AuditEntryInput | null>> {
  const settings = await context.loaders.workspaceSettings();
  const check = checkSpecialCategoryTargeting({
    campaign,
    segments: audience.segments,
    catalog: audience.catalog,
    settings,
  });
  if (!check.ok) {
    return {
      ok: false,
      issues: check.issues.map(({ path, code, message }): Issue => ({ path, code, message })),
    };
  }
  if (!check.audit) return { ok: true, value: null };
  const { principal } = context;
  return {
    ok: true,
    value: {
      actorKind: principal.kind,
      actorId: principal.id,
      operation: 'special_category_use',
      tier: principal.tier,
      // What an auditor needs to judge the use: the plan, which attributes it uses where,
      // and the setting it was accepted under.
      query: {
        action,
        campaign: { id: campaign.id, name: campaign.name, purpose: campaign.purpose },
        basis: check.audit.code,
        message: check.audit.message,
        politicalConsentAttribute: settings.politicalConsentAttribute,
        uses: check.audit.uses.map((use) => ({
          key: use.key,
          label: use.label,
          category: use.category,
          segments: use.segments.map((segment) => ({
            id: segment.id,
            name: segment.name,
            role: segment.role,
            definedIn: segment.definedIn.map(({ id, name }) => ({ id, name })),
          })),
        })),
      },
      released: null,
      epsilonSpent: 0,
      subject: null,
    },
  };
}
