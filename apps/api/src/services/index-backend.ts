import type { ChangePosition } from '@pinpoint/db';
import type { AudienceIndex } from '@pinpoint/engine';
import type { AudienceBackend } from './audience-backend';

/**
 * Answers from the in-memory index at change-log `position`; synchronous underneath, promises
 * for the interface.
 */
export function indexBackend(index: AudienceIndex, position: ChangePosition): AudienceBackend {
  return {
    engine: 'index',
    version: index.version,
    // The change-log position the index has applied: its answers are over that data.
    dataPosition: () => Promise.resolve(position),
    // The index holds every live profile of the workspace, so no table scan is needed.
    population: () => Promise.resolve(index.size()),
    count: (rule, context) => Promise.resolve(index.count(rule, context)),
    // Counting each rule on its own beats an overlap here: no pairwise intersections to build.
    counts: (rules, context) => Promise.resolve(rules.map((rule) => index.count(rule, context))),
    members: (rule, context, page) => Promise.resolve(index.members(rule, context, page)),
    overlap: (rules, context) => Promise.resolve(index.overlap(rules, context)),
    composition: (rule, key, context, options) =>
      Promise.resolve(index.composition(rule, key, context, options)),
    reach: (campaign, context, options) => Promise.resolve(index.reach(campaign, context, options)),
  };
}
