import type { AudienceIndex } from '@pinpoint/engine';
import type { AudienceBackend } from './audience-backend';

/** Answers from the in-memory index; synchronous underneath, promises for the interface. */
export function indexBackend(index: AudienceIndex): AudienceBackend {
  return {
    engine: 'index',
    version: index.version,
    count: (rule, context) => Promise.resolve(index.count(rule, context)),
    members: (rule, context, page) => Promise.resolve(index.members(rule, context, page)),
    overlap: (rules, context) => Promise.resolve(index.overlap(rules, context)),
    composition: (rule, key, context, options) =>
      Promise.resolve(index.composition(rule, key, context, options)),
    reach: (campaign, context, options) => Promise.resolve(index.reach(campaign, context, options)),
  };
}
