import { joinPath, type Issue } from '@pinpoint/domain';
import { CallerTier } from '@pinpoint/privacy';
import { z } from 'zod';
import { ANONYMOUS_ACTOR_KINDS, AUDIT_ACTOR_KINDS, AUDIT_OPERATIONS } from './audit-vocabulary';

/** Who acted; see `AUDIT_ACTOR_KINDS`. */
export const AuditActorKind = z.enum(AUDIT_ACTOR_KINDS);
/** The kind of actor behind an audit entry. */
export type AuditActorKind = z.infer<typeof AuditActorKind>;

/** What was done; see `AUDIT_OPERATIONS`. */
export const AuditOperation = z.enum(AUDIT_OPERATIONS);
/** The operation an audit entry records. */
export type AuditOperation = z.infer<typeof AuditOperation>;

const reference = z.string().trim().min(1, 'expected a non-empty reference').max(200);
const isAnonymous = (kind: AuditActorKind) =>
  (ANONYMOUS_ACTOR_KINDS as readonly string[]).includes(kind);

/**
 * One audit entry as a caller records it. The database stamps `id` and `at`, so that no
 * caller can back-date an entry. `query` and `released` must be plain JSON (no `undefined`,
 * NaN or Dates): they are stored as they are and shown to auditors as they are.
 */
export const AuditEntryInput = z
  .strictObject({
    actorKind: AuditActorKind,
    actorId: reference.nullable().default(null),
    operation: AuditOperation,
    query: z.json().nullable().default(null),
    released: z.json().nullable().default(null),
    epsilonSpent: z.number().nonnegative('expected ε of at least 0').finite().default(0),
    tier: CallerTier.nullable().default(null),
    subject: reference.nullable().default(null),
  })
  .refine((entry) => entry.actorId !== null || isAnonymous(entry.actorKind), {
    path: ['actorId'],
    message: `expected the id of the API key or user that acted (only ${ANONYMOUS_ACTOR_KINDS.join(' and ')} actors may be anonymous)`,
  });
/** A validated audit entry, defaults filled in. */
export type AuditEntryInput = z.output<typeof AuditEntryInput>;

/** A stored audit entry. `id` is text: identities outgrow JavaScript's safe integers. */
export interface AuditEntry extends AuditEntryInput {
  id: string;
  workspaceId: string;
  at: Date;
}

const filterFields = {
  from: z.date().optional(),
  to: z.date().optional(),
  operation: AuditOperation.optional(),
  actorId: reference.optional(),
};
const inTimeOrder = (f: { from?: Date | undefined; to?: Date | undefined }) =>
  !f.from || !f.to || f.from < f.to;
const timeOrderIssue = { path: ['to'], message: 'expected a time after `from`' };

/** Which entries to read; `from` is inclusive, `to` exclusive. */
export const AuditFilter = z.strictObject(filterFields).refine(inTimeOrder, timeOrderIssue);
/** A validated audit filter. */
export type AuditFilter = z.output<typeof AuditFilter>;

/** Where a page of entries starts: the `next` of the page before. Opaque to callers. */
export const AuditCursor = z
  .string()
  .regex(/^[1-9][0-9]{0,17}$/, 'expected a cursor from a previous page');

/** A page of entries to read, newest first, at most `limit` of them. */
export const AuditQuery = z
  .strictObject({
    ...filterFields,
    limit: z.number().int().min(1).max(1000, 'expected a limit of at most 1000'),
    after: AuditCursor.optional(),
  })
  .refine(inTimeOrder, timeOrderIssue);
/** A validated audit query. */
export type AuditQuery = z.output<typeof AuditQuery>;

/** An input the audit log refuses, with an issue per problem, named by its path. */
export class AuditInputError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
    this.name = 'AuditInputError';
  }
}

/** Parses untrusted input with `schema`, or throws an `AuditInputError` naming `path.field`. */
export function parseAuditInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  path: string,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AuditInputError(
    parsed.error.issues.map((issue) => ({
      path: joinPath(path, ...issue.path),
      code: 'invalid_shape',
      message: issue.message,
    })),
  );
}
