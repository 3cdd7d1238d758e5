import type { Profile } from '@pinpoint/domain';
import type { ApiContext } from '../context';
import type { SegmentRef } from '../generated/resolvers-types';
import { ApiError } from '../server/api-error';
import { ruleFromRef } from './rule-input';
import { isProfileIdFormat } from './profile-id-format';
import type { Result } from './result';

/** Opaque page cursors: the last id of a page, so clients do not build them by hand. */
export const encodeCursor = (id: string) => Buffer.from(`profile:${id}`).toString('base64url');

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = text.startsWith('profile:') ? text.slice('profile:'.length) : '';
  if (!isProfileIdFormat(id))
    throw new ApiError('bad_request', `"${cursor}" is not a cursor this API gave out`);
  return id;
}

/** A page of the profiles matching a rule or segment (all when absent), in id order. */
export async function listProfiles(
  { audience, backend, loaders }: ApiContext,
  request: { filter?: SegmentRef | null; first: number; after?: string | null; asOf?: Date | null },
): Promise<
  Result<{ nodes: Profile[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>
> {
  const checked = request.filter
    ? await audience.checkRule(ruleFromRef(request.filter), request.asOf, 'filter')
    : { ok: true as const, value: { rule: null, context: await audience.at(request.asOf) } };
  if (!checked.ok) return checked;
  const { rule, context } = checked.value;
  const page = await backend.members(rule, context, {
    limit: request.first,
    cursor: request.after ? decodeCursor(request.after) : null,
  });
  const nodes = (await loaders.profile.loadMany(page.ids)).filter(
    (p): p is Profile => p !== null && !(p instanceof Error),
  );
  return {
    ok: true,
    value: {
      nodes,
      pageInfo: {
        hasNextPage: page.nextCursor !== null,
        endCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
      },
    },
  };
}
