import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Resolvers } from './generated/resolvers-types';
import { apiKeyResolvers } from './resolvers/api-keys';
import { audienceResolvers } from './resolvers/audience';
import { auditResolvers } from './resolvers/audit';
import { campaignResolvers } from './resolvers/campaigns';
import { catalogResolvers } from './resolvers/catalog';
import { messageResolvers } from './resolvers/messages';
import { profileResolvers } from './resolvers/profiles';
import { AttributeValue, DateTime, RuleTree } from './resolvers/scalars';
import { segmentResolvers } from './resolvers/segments';
import { workspaceSettingsResolvers } from './resolvers/workspace-settings';

const SCHEMA_DIR = fileURLToPath(new URL('./schema/', import.meta.url));

/** The SDL modules, one per area (common first: it declares Query and Mutation). */
export const typeDefs: string[] = readdirSync(SCHEMA_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort((a, b) => (a === 'common.graphql' ? -1 : b === 'common.graphql' ? 1 : a.localeCompare(b)))
  .map((file) => readFileSync(SCHEMA_DIR + file, 'utf8'));

/** Resolvers of every module; Apollo merges them. */
export const resolvers: Resolvers[] = [
  { DateTime, AttributeValue, RuleTree },
  catalogResolvers,
  profileResolvers,
  segmentResolvers,
  audienceResolvers,
  apiKeyResolvers,
  auditResolvers,
  campaignResolvers,
  messageResolvers,
  workspaceSettingsResolvers,
];
