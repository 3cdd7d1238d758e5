import { z } from 'zod';

/**
 * Who is asking. A `member` works inside the workspace and sees exact numbers; a `partner`
 * (an agency, a client, anyone holding a partner API key) sees only aggregates made safe:
 * noisy, thresholded, rounded and paid for from a privacy budget.
 */
export const CallerTier = z.enum(['member', 'partner']);
/** The tier of a caller. */
export type CallerTier = z.infer<typeof CallerTier>;
