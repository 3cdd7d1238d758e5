import { isReachable, profileIdFor } from '@pinpoint/domain';
import type { Resolvers } from '../generated/resolvers-types';
import { requireWithin } from '../server/api-error';
import { listProfiles } from '../services/profile-pages';
import { erasureTarget } from '../services/profile-erasure';
import { isProfileIdFormat } from '../services/profile-id-format';
import { toPayload } from '../services/result';

/** Profiles: one by id or external id, filtered pages, and erasure of a person. */
export const profileResolvers: Resolvers = {
  Query: {
    profile: async (_, { id, externalId }, { loaders, workspaceId }) => {
      const key = id ?? (externalId ? profileIdFor(externalId, workspaceId) : null);
      // Exactly one of the two identifies a profile.
      if (key === null || (id && externalId)) return null;
      return isProfileIdFormat(key) ? loaders.profile.load(key.toLowerCase()) : null;
    },
    profiles: async (_, { filter, first, after, asOf }, context) => {
      requireWithin('first', first ?? 20, 1, 100);
      return toPayload(
        await listProfiles(context, { filter, first: first ?? 20, after, asOf }),
        'ProfilePage',
      );
    },
  },
  Mutation: {
    eraseProfile: async (_, { id, externalId }, { erasure }) => {
      const target = erasureTarget(id, externalId);
      return toPayload(
        target.ok ? { ok: true, value: await erasure.erase(target.value) } : target,
        'ProfileErasure',
      );
    },
  },
  Profile: {
    attributes: async ({ attributes }, _, { audience }) => {
      const { catalog } = await audience.at();
      return catalog.catalog.attributes
        .filter((a) => a.key in attributes)
        .map((a) => ({ key: a.key, value: attributes[a.key]! }));
    },
    interests: ({ interests }) => [...interests].sort((a, b) => b.affinity - a.affinity),
    events: ({ events }, { type, last }) => {
      requireWithin('last', last ?? 50, 1, 500);
      return events
        .filter((e) => !type || e.type === type)
        .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())
        .slice(0, last ?? 50);
    },
  },
  ChannelContact: {
    reachable: (contact) => isReachable(contact),
  },
};
