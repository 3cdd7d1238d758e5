import { z } from 'zod';
import { SegmentId, SegmentRule } from './segment-rule';

/** A saved, named audience: the people its rule selects. */
export const Segment = z.object({
  id: SegmentId,
  name: z.string().trim().min(1, 'a segment needs a name').max(200),
  description: z.string().max(2000).default(''),
  rule: SegmentRule,
});
/** A saved, named audience. */
export type Segment = z.infer<typeof Segment>;
