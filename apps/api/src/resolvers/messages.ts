import type { Resolvers } from '../generated/resolvers-types';
import { checkMessage, previewMessage, previewSample } from '../services/messages';
import { toPayload } from '../services/result';

/** Message variants: template checks with missing-value counts, and previews for real profiles. */
export const messageResolvers: Resolvers = {
  Query: {
    checkMessage: async (_, { variant, asOf }, context) =>
      toPayload(await checkMessage(context, variant, asOf), 'TemplateCheck'),
    previewMessage: async (_, { variant, profileId }, context) =>
      toPayload(await previewMessage(context, variant, profileId), 'MessagePreview'),
    previewSample: async (_, { variant, segment, n, asOf }, context) =>
      toPayload(
        await previewSample(context, variant, { segment, n: n ?? 5, asOf }),
        'MessageSample',
      ),
  },
};
