import { createSegment, deleteSegment, listSegments, updateSegment } from '@pinpoint/db';
import { validateRule } from '@pinpoint/domain';
import type { Resolvers } from '../generated/resolvers-types';
import { sizeKey } from '../loaders';
import { ruleFromInput } from '../services/rule-input';
import { toPayload } from '../services/result';

/** Segments: CRUD, draft-rule validation, and sizes batched per request. */
export const segmentResolvers: Resolvers = {
  Query: {
    segments: async (_, { search }, { db, workspaceId }) => {
      const all = await listSegments(db, workspaceId);
      const needle = search?.trim().toLowerCase();
      return needle ? all.filter((s) => s.name.toLowerCase().includes(needle)) : all;
    },
    segment: (_, { id }, { loaders }) => loaders.segment.load(id),
    validateRule: async (_, { rule }, { audience }) => {
      const { catalog, segments } = await audience.at();
      const checked = validateRule(ruleFromInput(rule), { catalog, segments });
      return { valid: checked.ok, issues: checked.ok ? [] : checked.issues };
    },
  },
  Mutation: {
    createSegment: async (_, { input, id }, { db, workspaceId }) =>
      toPayload(
        await createSegment(db, workspaceId, segmentInput(input), id ?? undefined),
        'Segment',
      ),
    updateSegment: async (_, { id, input }, { db, workspaceId }) =>
      toPayload(await updateSegment(db, workspaceId, id, segmentInput(input)), 'Segment'),
    deleteSegment: async (_, { id }, { db, workspaceId }) =>
      toPayload(await deleteSegment(db, workspaceId, id), 'DeletedSegment'),
  },
  Segment: {
    size: async (segment, { asOf }, { loaders, audience }) =>
      loaders.segmentSize.load(sizeKey(segment.id, asOf ?? audience.now)),
  },
};

function segmentInput(input: {
  name: string;
  description?: string | null;
  rule: Parameters<typeof ruleFromInput>[0];
}) {
  return {
    name: input.name,
    ...(typeof input.description === 'string' ? { description: input.description } : {}),
    rule: ruleFromInput(input.rule),
  };
}
