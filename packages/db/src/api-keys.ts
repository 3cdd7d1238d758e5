import { ApiKeyRequest, type AccessTier, type Principal, type Scope } from '@pinpoint/domain';
import { sql } from 'drizzle-orm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from './client';

/** A stored key as its owners see it: never the secret. */
export interface ApiKey {
  id: string;
  workspaceId: string;
  name: string;
  tier: AccessTier;
  scopes: Scope[];
  rateLimitPerMinute: number;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A new key and its token, which is shown this once and cannot be recovered. */
export interface CreatedApiKey {
  key: ApiKey;
  token: string;
}

/** An authenticated key: who it acts as and its limit. */
export interface AuthenticatedKey {
  principal: Principal;
  rateLimitPerMinute: number;
}

/**
 * Tokens read `pp_<id>_<secret>`: the id finds the row by its primary key, the secret (32
 * random bytes) is compared with its stored SHA-256. A slow password hash would add nothing
 * for a secret with 256 bits of entropy, and would cost every request.
 */
const TOKEN = /^pp_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** How stale `last_used_at` may get: one write a minute per key, not one per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The reason a request for a key was refused. */
export class ApiKeyRequestError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join('; '));
    this.name = 'ApiKeyRequestError';
  }
}

/** Makes a key for a workspace; the token in the result is the only copy of the secret. */
export async function createApiKey(
  db: Database,
  workspaceId: string,
  request: unknown,
): Promise<CreatedApiKey> {
  const parsed = ApiKeyRequest.safeParse(request);
  if (!parsed.success) {
    throw new ApiKeyRequestError(
      parsed.error.issues.map((issue) =>
        issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
      ),
    );
  }
  const { name, tier, scopes, rateLimitPerMinute } = parsed.data;
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const [row] = await db.rows<KeyRow>(sql`
    insert into api_keys (id, workspace_id, name, tier, scopes, secret_hash, rate_limit_per_minute)
    values (${id}, ${workspaceId}, ${name}, ${tier}, ${`{${scopes.join(',')}}`}::text[], ${hashOf(secret)}, ${rateLimitPerMinute})
    returning ${KEY_COLUMNS}`);
  if (!row) throw new Error('the new key was not stored');
  return { key: keyOf(row), token: `pp_${id}_${secret}` };
}

/** A workspace's keys, newest first, revoked ones included (they show when they were revoked). */
export async function listApiKeys(db: Database, workspaceId: string): Promise<ApiKey[]> {
  const rows = await db.rows<KeyRow>(sql`
    select ${KEY_COLUMNS} from api_keys where workspace_id = ${workspaceId}
    order by created_at desc, id`);
  return rows.map(keyOf);
}

/** Revokes a key at once; returns it, or null when the workspace has no such key. */
export async function revokeApiKey(
  db: Database,
  workspaceId: string,
  id: string,
): Promise<ApiKey | null> {
  const [row] = await db.rows<KeyRow>(sql`
    update api_keys set revoked_at = coalesce(revoked_at, now())
    where workspace_id = ${workspaceId} and id = ${id}
    returning ${KEY_COLUMNS}`);
  return row ? keyOf(row) : null;
}

/**
 * The key a token belongs to, when the token is well-formed, its secret matches and the key
 * is not revoked; null otherwise, without saying which (a caller probing tokens learns
 * nothing). Runs as the owner: no workspace is known before the key is.
 */
export async function authenticateApiKey(
  db: Database,
  token: string,
  now: Date = new Date(),
): Promise<AuthenticatedKey | null> {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, id = '', secret = ''] = match;
  const [row] = await db.rows<KeyRow & { secret_hash: string }>(sql`
    select ${KEY_COLUMNS}, secret_hash from api_keys where id = ${id}`);
  if (!row || row.revoked_at !== null) return null;
  const expected = Buffer.from(row.secret_hash, 'hex');
  const given = Buffer.from(hashOf(secret), 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const key = keyOf(row);
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.rows(
      sql`update api_keys set last_used_at = ${now.toISOString()}::timestamptz where id = ${id}`,
    );
  }
  return {
    principal: {
      kind: 'api_key',
      id: key.id,
      workspaceId: key.workspaceId,
      tier: key.tier,
      scopes: key.scopes,
    },
    rateLimitPerMinute: key.rateLimitPerMinute,
  };
}

function hashOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

const KEY_COLUMNS = sql.raw(
  'id, workspace_id, name, tier, scopes, rate_limit_per_minute, created_at, last_used_at, revoked_at',
);

interface KeyRow {
  id: string;
  workspace_id: string;
  name: string;
  tier: AccessTier;
  scopes: Scope[] | string;
  rate_limit_per_minute: number | string;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
}

const dateOf = (value: Date | string | null) =>
  value === null ? null : value instanceof Date ? value : new Date(value);

function keyOf(row: KeyRow): ApiKey {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    tier: row.tier,
    // Both drivers parse text[] into arrays; the text form is the fallback of an untyped read.
    scopes: (Array.isArray(row.scopes)
      ? row.scopes
      : row.scopes.replace(/^\{|\}$/g, '').split(',')) as Scope[],
    rateLimitPerMinute: Number(row.rate_limit_per_minute),
    createdAt: dateOf(row.created_at) ?? new Date(0),
    lastUsedAt: dateOf(row.last_used_at),
    revokedAt: dateOf(row.revoked_at),
  };
}
