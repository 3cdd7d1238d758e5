import type { Profile } from './profile';

/** The one variable a message template may read; everything else is unknown. */
export const TEMPLATE_ROOT = 'profile';

/**
 * Names under `profile` that are not catalog attributes. They take precedence over an
 * attribute of the same key, so such an attribute cannot be used in templates.
 */
export const TEMPLATE_PROFILE_FIELDS = ['external_id', 'preferred_channel', 'interests'] as const;
/** A name under `profile` that is not a catalog attribute. */
export type TemplateProfileField = (typeof TEMPLATE_PROFILE_FIELDS)[number];

/** Whether `name` (under `profile`) is a built-in field rather than an attribute key. */
export function isTemplateProfileField(name: string): name is TemplateProfileField {
  return (TEMPLATE_PROFILE_FIELDS as readonly string[]).includes(name);
}

/** What a template sees of one profile. */
export interface TemplateContext {
  profile: Record<string, unknown>;
}

/**
 * The variables a template is rendered with:
 *
 * - `profile.<attribute key>`: the profile's catalog attribute values (`profile.first_name`);
 *   a missing value is nil, so it renders empty or as its `default`.
 * - `profile.external_id`: the id the person has in the customer's own systems.
 * - `profile.preferred_channel`: `email`, `sms`, `push`, `post`, `phone`, or nil.
 * - `profile.interests.<topic>`: the interest's affinity in 0..1, nil without the interest,
 *   for conditions such as `{% if profile.interests.climate > 0.5 %}`.
 *
 * Predicted scores and events are not exposed: they decide who gets which variant (through
 * segments), and keeping them out of message text keeps model outputs from being printed.
 */
export function templateContext(profile: Profile): TemplateContext {
  return {
    profile: {
      ...profile.attributes,
      external_id: profile.externalId,
      preferred_channel: profile.preferredChannel,
      interests: Object.fromEntries(profile.interests.map((i) => [i.topic, i.affinity])),
    },
  };
}
