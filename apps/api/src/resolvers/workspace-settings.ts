import { getWorkspaceSettings, saveWorkspaceSettings } from '@pinpoint/db';
import type { Resolvers } from '../generated/resolvers-types';
import { toPayload } from '../services/result';

/** Workspace settings: the special-category choices and partner release rules (admin only). */
export const workspaceSettingsResolvers: Resolvers = {
  Query: {
    workspaceSettings: (_, __, { db, workspaceId }) => getWorkspaceSettings(db, workspaceId),
  },
  Mutation: {
    updateWorkspaceSettings: async (_, { input }, { db, workspaceId }) =>
      toPayload(await saveWorkspaceSettings(db, workspaceId, input), 'WorkspaceSettings'),
  },
};
