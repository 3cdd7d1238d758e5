import { GraphQLError } from 'graphql';

/**
 * Why a request was refused as a whole (rather than answered with `InputErrors` data): the
 * caller asked for more than the API gives, or for something that cannot be looked at.
 */
export type ApiErrorCode = 'limit_exceeded' | 'bad_request' | 'timeout' | 'budget_exhausted';

/** A refusal a client can act on; becomes a GraphQL error with a stable code. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The one place where API errors become GraphQL errors; the switch is exhaustive. */
export function toGraphQLError(error: ApiError): GraphQLError {
  switch (error.code) {
    case 'limit_exceeded':
      return new GraphQLError(error.message, {
        extensions: { code: 'LIMIT_EXCEEDED', http: { status: 400 } },
      });
    case 'bad_request':
      return new GraphQLError(error.message, {
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
    case 'timeout':
      return new GraphQLError(error.message, {
        extensions: { code: 'TIMEOUT', http: { status: 503 } },
      });
    case 'budget_exhausted':
      return new GraphQLError(error.message, {
        extensions: { code: 'PRIVACY_BUDGET_EXHAUSTED', http: { status: 429 } },
      });
  }
}

/** Throws a `limit_exceeded` error when `value` is outside `min..max`. */
export function requireWithin(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ApiError(
      'limit_exceeded',
      `${name} must be an integer from ${min} to ${max}, got ${value}`,
    );
}
