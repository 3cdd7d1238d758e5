import { z } from 'zod';

/**
 * What a caller may do. Reads and writes are separate so that a reporting tool can hold a
 * key that changes nothing; `admin` may do everything, including managing keys.
 */
export const SCOPES = [
  'counts:read',
  'segments:read',
  'segments:write',
  'campaigns:read',
  'campaigns:write',
  'profiles:read',
  'messages:preview',
  'audit:read',
  'admin',
] as const;
/** One permission a key or user holds. */
export const Scope = z.enum(SCOPES);
/** One permission a key or user holds. */
export type Scope = z.infer<typeof Scope>;

/**
 * What numbers a caller sees: `member` exact numbers and, with the scopes for it, individual
 * profiles; `partner` aggregates only, with the workspace's privacy rules applied.
 */
export const AccessTier = z.enum(['member', 'partner']);
/** What numbers a caller sees. */
export type AccessTier = z.infer<typeof AccessTier>;

/**
 * Scopes a partner key may hold: those that never show an individual (profiles, message
 * previews rendered for a real person, the audit log with its subjects) or run the workspace.
 */
export const PARTNER_SCOPES: readonly Scope[] = [
  'counts:read',
  'segments:read',
  'segments:write',
  'campaigns:read',
  'campaigns:write',
];

/** Who is asking, once authenticated. */
export interface Principal {
  /** How the caller proved who they are. */
  kind: 'api_key' | 'local';
  /** The key's id; null for the local operator of an embedded install. */
  id: string | null;
  workspaceId: string;
  tier: AccessTier;
  scopes: readonly Scope[];
}

/** The scopes of `required` the principal lacks (none when it holds `admin`). */
export function missingScopes(principal: Principal, required: readonly Scope[]): Scope[] {
  if (principal.scopes.includes('admin')) return [];
  return required.filter((scope) => !principal.scopes.includes(scope));
}

/** What a new API key asks for; checked before anything is stored. */
export const ApiKeyRequest = z
  .object({
    name: z.string().trim().min(1, 'a key needs a name').max(200),
    tier: AccessTier,
    scopes: z
      .array(Scope)
      .min(1, 'a key needs at least one scope')
      .refine((scopes) => new Set(scopes).size === scopes.length, 'each scope may appear once'),
    rateLimitPerMinute: z.number().int().min(1).max(1_000_000).default(600),
  })
  .superRefine((request, context) => {
    if (request.tier !== 'partner') return;
    for (const scope of request.scopes) {
      if (!PARTNER_SCOPES.includes(scope)) {
        context.addIssue({
          code: 'custom',
          path: ['scopes'],
          message: `a partner key cannot hold "${scope}": partners see aggregates only (allowed: ${PARTNER_SCOPES.join(', ')})`,
        });
      }
    }
  });
/** What a new API key asks for. */
export type ApiKeyRequest = z.infer<typeof ApiKeyRequest>;
