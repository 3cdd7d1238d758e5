import type { Resolvers } from '../generated/resolvers-types';
import { compositionOf, overlapOf, sizeOf, sizesOf } from '../services/audience-questions';
import { releasedOverlap, releasedSizes } from '../services/released-answers';
import { questionInstant } from '../services/released-numbers';
import { toPayload } from '../services/result';

/** Sizes, overlaps and compositions of segments and draft rules. */
export const audienceResolvers: Resolvers = {
  Query: {
    segmentSize: async (_, { segment, asOf }, context) => {
      const size = await sizeOf(context, segment, questionInstant(context, asOf));
      const [released] = await releasedSizes(context, [size]);
      if (!released) throw new Error('a size was asked and none released');
      return toPayload(released, 'SegmentSize');
    },
    segmentSizes: async (_, { segments, asOf }, context) => {
      const sizes = await sizesOf(context, segments, questionInstant(context, asOf));
      return (await releasedSizes(context, sizes)).map((size) => toPayload(size, 'SegmentSize'));
    },
    segmentOverlap: async (_, { segments, asOf }, context) =>
      toPayload(
        await releasedOverlap(
          context,
          await overlapOf(context, segments, questionInstant(context, asOf)),
        ),
        'SegmentOverlap',
      ),
    segmentComposition: async (_, { segment, attribute, buckets, asOf }, context) =>
      toPayload(await compositionOf(context, segment, attribute, { buckets, asOf }), 'Composition'),
    attributeDistribution: async (_, { attribute, buckets }, context) =>
      toPayload(await compositionOf(context, null, attribute, { buckets }), 'Composition'),
  },
};
