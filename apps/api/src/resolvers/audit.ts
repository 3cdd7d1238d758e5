import { AuditInputError, queryAudit } from '@pinpoint/db';
import type { Resolvers } from '../generated/resolvers-types';
import { ApiError } from '../server/api-error';

const asJson = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** The audit log, for administrators and auditors. */
export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_, { from, to, operation, actorId, first, after }, { db, workspaceId }) => {
      const filter = {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(operation ? { operation } : {}),
        ...(actorId ? { actorId } : {}),
        limit: first ?? 50,
        ...(after ? { after } : {}),
      };
      const page = await queryAudit(db, workspaceId, filter).catch((error: unknown) => {
        if (error instanceof AuditInputError) throw new ApiError('bad_request', error.message);
        throw error;
      });
      return {
        next: page.next,
        entries: page.entries.map((entry) => ({
          ...entry,
          query: asJson(entry.query),
          released: asJson(entry.released),
        })),
      };
    },
  },
};
