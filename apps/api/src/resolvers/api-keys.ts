import { ApiKeyRequestError, createApiKey, listApiKeys, revokeApiKey } from '@pinpoint/db';
import type { Resolvers } from '../generated/resolvers-types';

/** API keys, managed by the workspace's administrators. */
export const apiKeyResolvers: Resolvers = {
  Query: {
    apiKeys: (_, __, { db, workspaceId }) => listApiKeys(db, workspaceId),
  },
  Mutation: {
    createApiKey: async (_, { input }, { db, workspaceId }) => {
      try {
        const created = await createApiKey(db, workspaceId, {
          name: input.name,
          tier: input.tier,
          scopes: input.scopes,
          ...(input.rateLimitPerMinute === null || input.rateLimitPerMinute === undefined
            ? {}
            : { rateLimitPerMinute: input.rateLimitPerMinute }),
        });
        return { __typename: 'CreatedApiKey', ...created };
      } catch (error) {
        if (!(error instanceof ApiKeyRequestError)) throw error;
        return {
          __typename: 'InputErrors',
          issues: error.issues.map((message) => {
            const [field, ...rest] = message.split(': ');
            const named = rest.length > 0;
            return {
              path: named ? `input.${field}` : 'input',
              code: 'invalid_shape' as const,
              message: named ? rest.join(': ') : message,
            };
          }),
        };
      }
    },
    revokeApiKey: (_, { id }, { db, workspaceId }) => revokeApiKey(db, workspaceId, id),
  },
};
