import { existsSync } from 'node:fs';
import type { CampaignTarget } from '../backend/backend';
import { readJsonFile } from './json-file';

/**
 * `reach`'s argument: a campaign file (a draft plan, the shape of the API's `CampaignInput`)
 * when it names a file or ends in `.json`, else the id of a saved campaign.
 */
export async function campaignTarget(
  argument: string,
  path: (file: string) => string,
): Promise<CampaignTarget> {
  const file = path(argument);
  if (argument.toLowerCase().endsWith('.json') || existsSync(file))
    return { draft: await readJsonFile(file, 'campaign') };
  return { id: argument };
}
