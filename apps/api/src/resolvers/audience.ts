import type { Resolvers } from '../generated/resolvers-types';
import { compositionOf, overlapOf, sizeOf, sizesOf } from '../services/audience-questions';
import { toPayload } from '../services/result';

/** Sizes, overlaps and compositions of segments and draft rules. */
export const audienceResolvers: Resolvers = {
  Query: {
    segmentSize: async (_, { segment, asOf }, context) =>
      toPayload(await sizeOf(context, segment, asOf), 'SegmentSize'),
    segmentSizes: async (_, { segments, asOf }, context) =>
      (await sizesOf(context, segments, asOf)).map((size) => toPayload(size, 'SegmentSize')),
    segmentOverlap: async (_, { segments, asOf }, context) =>
      toPayload(await overlapOf(context, segments, asOf), 'SegmentOverlap'),
    segmentComposition: async (_, { segment, attribute, buckets, asOf }, context) =>
      toPayload(await compositionOf(context, segment, attribute, { buckets, asOf }), 'Composition'),
    attributeDistribution: async (_, { attribute, buckets }, context) =>
      toPayload(await compositionOf(context, null, attribute, { buckets }), 'Composition'),
  },
};
