import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ApiError, toGraphQLError } from './api-error';

/** Codes whose messages are written for clients and pass through unchanged. */
const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'LIMIT_EXCEEDED',
  'TIMEOUT',
  'FORBIDDEN',
]);

/**
 * Apollo's `formatError`: API errors get their code; errors meant for clients pass; anything
 * else is logged with its detail and reaches the client masked, so that SQL, stack traces and
 * internals never leak.
 */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ApiError) {
      const mapped = toGraphQLError(original);
      return { ...formatted, message: mapped.message, extensions: mapped.extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
    log.error({ err: original, path: formatted.path }, 'internal error in a GraphQL operation');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
