import { authenticateApiKey, type Database } from '@pinpoint/db';
import type { Principal } from '@pinpoint/domain';

/**
 * How callers prove who they are. `local`: an embedded install on this machine; a request
 * without a key acts as the operator (an admin member of the default workspace), and a key,
 * when sent, is checked as in `keys`. `keys`: every request needs an API key.
 */
export type AuthMode = 'local' | 'keys';

/** A request refused before it reaches GraphQL, with the HTTP status and headers to send. */
export class AuthError extends Error {
  constructor(
    readonly status: 401 | 429,
    readonly code: 'UNAUTHENTICATED' | 'RATE_LIMITED',
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

/** Who a request is, and how many requests a minute it may make (null: no limit). */
export interface Caller {
  principal: Principal;
  rateLimitPerMinute: number | null;
}

const CHALLENGE = 'Bearer realm="pinpoint"';

/** Turns a request's `Authorization` header into its caller, or refuses it. */
export function authenticator(
  db: Database,
  options: { mode: AuthMode; localWorkspaceId: string },
): (authorization: string | undefined) => Promise<Caller> {
  const operator: Caller = {
    principal: {
      kind: 'local',
      id: null,
      workspaceId: options.localWorkspaceId,
      tier: 'member',
      scopes: ['admin'],
    },
    rateLimitPerMinute: null,
  };
  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') {
      if (options.mode === 'local') return operator;
      throw new AuthError(
        401,
        'UNAUTHENTICATED',
        'an API key is required: send "Authorization: Bearer <key>" (keys are made with `pinpoint keys create`)',
        { 'www-authenticate': CHALLENGE },
      );
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) {
      throw new AuthError(
        401,
        'UNAUTHENTICATED',
        'the Authorization header must read "Bearer <key>"',
        {
          'www-authenticate': `${CHALLENGE}, error="invalid_request"`,
        },
      );
    }
    const key = await authenticateApiKey(db, match[1]);
    if (!key) {
      throw new AuthError(401, 'UNAUTHENTICATED', 'the API key is unknown, mistyped or revoked', {
        'www-authenticate': `${CHALLENGE}, error="invalid_token"`,
      });
    }
    return key;
  };
}
