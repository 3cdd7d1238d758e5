import { getCampaignVariant } from '@pinpoint/db';
import {
  attributesNeedingValues,
  checkMessageVariant,
  joinPath,
  MAX_OVERLAP_RULES,
  MessageVariant,
  renderMessageVariant,
  smsLength,
  type Issue,
  type Profile,
  type SegmentRule,
} from '@pinpoint/domain';
import type { ApiContext } from '../context';
import type { SegmentRef, VariantRef } from '../generated/resolvers-types';
import { requireWithin } from '../server/api-error';
import { isProfileIdFormat } from './profile-id-format';
import type { Result } from './result';
import { ruleFromRef, withoutNulls } from './rule-input';

/** Most members `previewSample` renders at once. */
export const MAX_SAMPLE = 50;

async function resolveVariant(
  { db, workspaceId }: ApiContext,
  ref: VariantRef,
): Promise<Result<MessageVariant>> {
  if (ref.saved) {
    const { campaignId, variantId } = ref.saved;
    return getCampaignVariant(db, workspaceId, campaignId, variantId, 'variant.saved');
  }
  const parsed = MessageVariant.safeParse(withoutNulls(ref.draft));
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i): Issue => ({
      path: joinPath('variant', 'draft', ...i.path),
      code: 'invalid_shape',
      message: i.message,
    })),
  };
}

const thousands = (n: number) => n.toLocaleString('en-US');

/** Template problems of a variant, and how many members of its segment lack each needed value. */
export async function checkMessage(context: ApiContext, ref: VariantRef, asOf?: Date | null) {
  const variant = await resolveVariant(context, ref);
  if (!variant.ok) return variant;
  const audience = await context.audience.at(asOf);
  const check = checkMessageVariant(variant.value, audience.catalog, 'variant');
  const segment: SegmentRule = { segment: { id: variant.value.segmentId } };
  const needed = attributesNeedingValues(check).slice(0, MAX_OVERLAP_RULES - 1);
  const known = audience.segments(variant.value.segmentId) !== undefined;
  const issues: Issue[] = known
    ? check.issues
    : [
        ...check.issues,
        {
          path: 'variant.segmentId',
          code: 'unknown_segment',
          message: `unknown segment "${variant.value.segmentId}"`,
        },
      ];
  let missingValues: { attribute: string; missing: number; of: number; message: string }[] = [];
  if (known && needed.length > 0) {
    // One pass: the segment, then the segment without each value.
    const rules: SegmentRule[] = [
      segment,
      ...needed.map((key): SegmentRule => ({
        and: [segment, { attribute: { key, op: 'missing' } }],
      })),
    ];
    const overlap = await context.backend.overlap(rules, audience);
    if (!overlap.ok) return overlap;
    const of = overlap.value.sizes[0] ?? 0;
    missingValues = needed.map((attribute, i) => {
      const missing = overlap.value.sizes[i + 1] ?? 0;
      return {
        attribute,
        missing,
        of,
        message: `${attribute} missing for ${thousands(missing)} of ${thousands(of)}`,
      };
    });
  }
  return {
    ok: true as const,
    value: {
      valid: issues.length === 0,
      issues,
      variables: check.variables,
      missingValues,
      sms: variant.value.channel === 'sms' ? smsLength(variant.value.template) : null,
    },
  };
}

function preview(variant: MessageVariant, profile: Profile) {
  const rendered = renderMessageVariant(variant, profile);
  if (!rendered.ok) return rendered;
  const { ok: _, ...message } = rendered;
  return {
    ok: true as const,
    value: { profileId: profile.id, externalId: profile.externalId, ...message },
  };
}

/** A variant rendered for one real profile. */
export async function previewMessage(context: ApiContext, ref: VariantRef, profileId: string) {
  const variant = await resolveVariant(context, ref);
  if (!variant.ok) return variant;
  const profile = isProfileIdFormat(profileId)
    ? await context.loaders.profile.load(profileId.toLowerCase())
    : null;
  if (!profile)
    return {
      ok: false as const,
      issues: [
        {
          path: 'profileId',
          code: 'not_found' as const,
          message: `no profile with id "${profileId}"`,
        },
      ],
    };
  return preview(variant.value, profile);
}

/** A variant rendered for the first `n` members (in id order) of a segment, the variant's by default. */
export async function previewSample(
  context: ApiContext,
  ref: VariantRef,
  options: { segment?: SegmentRef | null; n: number; asOf?: Date | null },
) {
  requireWithin('n', options.n, 1, MAX_SAMPLE);
  const variant = await resolveVariant(context, ref);
  if (!variant.ok) return variant;
  const checked = await context.audience.checkRule(
    options.segment ? ruleFromRef(options.segment) : { segment: { id: variant.value.segmentId } },
    options.asOf,
    'segment',
  );
  if (!checked.ok) return checked;
  const { rule, context: audience } = checked.value;
  const [page, segmentSize] = await Promise.all([
    context.backend.members(rule, audience, { limit: options.n }),
    context.backend.count(rule, audience),
  ]);
  const profiles = await context.loaders.profile.loadMany(page.ids);
  const previews = [];
  for (const profile of profiles) {
    if (profile === null || profile instanceof Error) continue;
    const rendered = preview(variant.value, profile);
    if (!rendered.ok) return rendered;
    previews.push(rendered.value);
  }
  return { ok: true as const, value: { previews, segmentSize } };
}
