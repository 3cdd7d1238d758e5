import { CHANNELS, operatorsFor } from '@pinpoint/domain';
import type { Resolvers } from '../generated/resolvers-types';

/** Catalog: attribute definitions, interests, event types, score models, channels. */
export const catalogResolvers: Resolvers = {
  Query: {
    apiVersion: () => '1',
    catalog: async (_, __, { audience }) => (await audience.at()).catalog.catalog,
    attribute: async (_, { key }, { audience }) =>
      (await audience.at()).catalog.attributes.get(key) ?? null,
  },
  Mutation: {
    ping: () => true,
  },
  Catalog: {
    channels: () => [...CHANNELS],
  },
  AttributeDefinition: {
    values: (attribute) => (attribute.type === 'enum' ? attribute.values : []),
    unit: (attribute) => attribute.unit ?? null,
    operators: (attribute) => [...operatorsFor(attribute.type)],
  },
};
