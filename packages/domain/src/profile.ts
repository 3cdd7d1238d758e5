import { z } from 'zod';
import { checkAttributeValue } from './attribute-value';
import { CatalogKey, type CatalogIndex } from './catalog';
import { Channel, ChannelContact } from './channel';
import { type Issue, joinPath } from './issue';

/** A profile attribute value as stored: text (also enum values and `YYYY-MM-DD` dates), number or boolean. */
export const StoredAttributeValue = z.union([z.string().max(10_000), z.number(), z.boolean()]);

/** An interest of a person with its affinity: 0 is none, 1 is the strongest. */
export const Interest = z.object({ topic: CatalogKey, affinity: z.number().min(0).max(1) });
/** An interest with its affinity. */
export type Interest = z.infer<typeof Interest>;

/** Something a person did at a point in time (a visit, a purchase, an email opened). */
export const ProfileEvent = z.object({
  type: CatalogKey,
  occurredAt: z.coerce.date(),
  properties: z.record(z.string(), z.json()).default({}),
});
/** An event in a person's history. */
export type ProfileEvent = z.infer<typeof ProfileEvent>;

/** A model's prediction for a person, as a probability-like value in 0..1. */
export const PredictedScore = z.object({ model: CatalogKey, value: z.number().min(0).max(1) });
/** A predicted score. */
export type PredictedScore = z.infer<typeof PredictedScore>;

const distinctBy =
  <T>(key: (item: T) => string) =>
  (items: T[]) =>
    new Set(items.map(key)).size === items.length;

/**
 * A person: voter, customer or member. Attribute values are typed by the catalog (see
 * `validateProfileFacts`); a missing attribute is simply absent from `attributes`.
 */
export const Profile = z.object({
  id: z.uuid(),
  externalId: z.string().trim().min(1).max(256),
  attributes: z.record(CatalogKey, StoredAttributeValue).default({}),
  interests: z
    .array(Interest)
    .default([])
    .refine(
      distinctBy((i: Interest) => i.topic),
      'each interest topic may appear once',
    ),
  events: z.array(ProfileEvent).default([]),
  scores: z
    .array(PredictedScore)
    .default([])
    .refine(
      distinctBy((s: PredictedScore) => s.model),
      'each score model may appear once',
    ),
  channels: z
    .array(ChannelContact)
    .default([])
    .refine(
      distinctBy((c: ChannelContact) => c.channel),
      'each channel may appear once',
    ),
  preferredChannel: Channel.nullable().default(null),
});
/** A person with their facts. */
export type Profile = z.infer<typeof Profile>;

/**
 * Checks a structurally valid profile against the catalog: every attribute, interest, event
 * type and score model must exist, and attribute values must fit their type.
 */
export function validateProfileFacts(
  profile: Profile,
  catalog: CatalogIndex,
  path = 'profile',
): Issue[] {
  const issues: Issue[] = [];
  for (const [key, value] of Object.entries(profile.attributes)) {
    const at = joinPath(path, 'attributes', key);
    const definition = catalog.attributes.get(key);
    if (!definition) {
      issues.push({ path: at, code: 'unknown_attribute', message: `unknown attribute "${key}"` });
      continue;
    }
    const problem = checkAttributeValue(definition, value);
    if (problem) issues.push({ path: at, ...problem });
  }
  profile.interests.forEach(({ topic }, index) => {
    if (!catalog.interests.has(topic)) {
      issues.push({
        path: joinPath(path, 'interests', index, 'topic'),
        code: 'unknown_interest',
        message: `unknown interest "${topic}"`,
      });
    }
  });
  profile.events.forEach(({ type }, index) => {
    if (!catalog.eventTypes.has(type)) {
      issues.push({
        path: joinPath(path, 'events', index, 'type'),
        code: 'unknown_event_type',
        message: `unknown event type "${type}"`,
      });
    }
  });
  profile.scores.forEach(({ model }, index) => {
    if (!catalog.scoreModels.has(model)) {
      issues.push({
        path: joinPath(path, 'scores', index, 'model'),
        code: 'unknown_score_model',
        message: `unknown score model "${model}"`,
      });
    }
  });
  return issues;
}
