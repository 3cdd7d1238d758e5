import { DEFAULT_WORKSPACE_ID, type Catalog, type Segment } from '@pinpoint/domain';
import {
  countSegment,
  listSegments,
  loadAudienceContext,
  loadCatalog,
  type Database,
} from '@pinpoint/db';

/** The GraphQL schema; grows one module per area (catalog, segments, campaigns…). */
export const typeDefs = /* GraphQL */ `
  """
  An attribute profiles can carry, typed by the catalog.
  """
  type AttributeDefinition {
    "Stable key used in rules and templates."
    key: String!
    "Human-readable name."
    label: String!
    "string, number, boolean, date or enum."
    type: String!
    "Allowed values of an enum attribute; empty for other types."
    values: [String!]!
    "GDPR Art. 9 category, or none."
    sensitive: String!
  }

  """
  A saved audience.
  """
  type Segment {
    "Segment id."
    id: ID!
    "Segment name."
    name: String!
    "What the segment is for."
    description: String!
    "Exact number of members now."
    size: Int!
  }

  type Query {
    "The attribute catalog of the workspace."
    attributes: [AttributeDefinition!]!
    "Saved segments, by name."
    segments: [Segment!]!
  }
`;

/** What every resolver gets: the database and the workspace of the caller. */
export interface ApiContext {
  db: Database;
  workspaceId: string;
}

/** Resolvers: each calls one data function. */
export const resolvers = {
  Query: {
    attributes: async (
      _: unknown,
      __: unknown,
      { db, workspaceId }: ApiContext,
    ): Promise<Catalog['attributes']> => (await loadCatalog(db, workspaceId)).attributes,
    segments: (_: unknown, __: unknown, { db, workspaceId }: ApiContext): Promise<Segment[]> =>
      listSegments(db, workspaceId),
  },
  AttributeDefinition: {
    values: (attribute: Catalog['attributes'][number]) =>
      attribute.type === 'enum' ? attribute.values : [],
  },
  Segment: {
    size: async (segment: Segment, _: unknown, { db, workspaceId }: ApiContext) =>
      countSegment(db, segment.rule, await loadAudienceContext(db, workspaceId, new Date())),
  },
};

export { DEFAULT_WORKSPACE_ID };
