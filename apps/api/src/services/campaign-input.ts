import { Campaign, joinPath, type Issue } from '@pinpoint/domain';
import { randomUUID } from 'node:crypto';
import type { CampaignInput } from '../generated/resolvers-types';
import type { Result } from './result';
import { withoutNulls } from './rule-input';

/** A campaign from GraphQL input: nulls dropped, an id generated when absent, then validated. */
export function campaignFromInput(
  input: CampaignInput,
  fallbackId: string = randomUUID(),
): Result<Campaign> {
  const plain = withoutNulls(input) as Record<string, unknown>;
  const parsed = Campaign.safeParse({ ...plain, id: plain.id ?? fallbackId });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i): Issue => ({
      path: joinPath('campaign', ...i.path),
      code: 'invalid_shape',
      message: i.message,
    })),
  };
}
