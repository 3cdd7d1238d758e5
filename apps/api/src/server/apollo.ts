import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import { accessPlugin } from '../access/access-plugin';
import type { ApiContext } from '../context';
import { resolvers, typeDefs } from '../schema';
import { audienceScanLimit } from './audience-scan-limit';
import { formatError } from './format-error';

/** Limits every operation is checked against before it runs; each refusal is a 400 with a reason. */
export const OPERATION_LIMITS = {
  // Deep enough for the standard introspection query (14 levels), which is limited too.
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 20,
  maxCost: 20000,
  maxAudienceScans: 10,
} as const;

/**
 * The Apollo server: SDL modules and resolvers, access by scope (see `accessPlugin`),
 * operation limits (parser token limit; graphql-armor for depth, aliases, directives, cost, no
 * field suggestions; no batching), and masked internal errors.
 */
export function createApolloServer(
  log: Logger,
  options: { production?: boolean } = {},
): ApolloServer<ApiContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: false },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    // Tokens are limited by the parser itself (parseOptions below), before any plugin runs.
    maxTokens: { enabled: false },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    ...protection,
    plugins: [...protection.plugins, accessPlugin({ production: options.production ?? false })],
    validationRules: [
      ...protection.validationRules,
      audienceScanLimit(OPERATION_LIMITS.maxAudienceScans),
    ],
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    formatError: formatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
}
