import type { Issue } from '@pinpoint/domain';

/** A value, or the input issues that stopped it; expected failures are data, not throws. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** The GraphQL shape of a result: the value, or `InputErrors` (resolved by `__typename`). */
export function toPayload<T extends object, N extends string>(
  result: Result<T>,
  typename: N,
): (T & { __typename: N }) | { __typename: 'InputErrors'; issues: Issue[] } {
  return result.ok
    ? { ...result.value, __typename: typename }
    : { __typename: 'InputErrors', issues: result.issues };
}
