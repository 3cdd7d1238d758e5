import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Channel } from '@pinpoint/domain';
import type { ProfileTarget, VariantTarget } from '../backend/backend';
import { isUuid } from '../backend/input-json';
import { readJsonFile } from './json-file';

/** How `preview` was told what to render. */
export interface VariantOptions {
  campaign?: string;
  channel?: Channel;
  subject?: string;
}

/**
 * `preview`'s argument: with `--campaign`, a variant id of that saved campaign; else a
 * variant file (`.json`, the shape of `MessageVariantInput`), a template file, or the
 * template text itself.
 */
export async function variantTarget(
  argument: string,
  options: VariantOptions,
  path: (file: string) => string,
): Promise<VariantTarget> {
  if (options.campaign !== undefined)
    return { saved: { campaignId: options.campaign, variantId: argument } };
  const file = path(argument);
  const isFile = existsSync(file);
  if (argument.toLowerCase().endsWith('.json') && isFile)
    return { draft: await readJsonFile(file, 'variant') };
  const template = isFile ? await readFile(file, 'utf8') : argument;
  return {
    draft: {
      id: 'preview',
      name: 'preview',
      // A preview renders for one profile; the variant's segment is not consulted.
      segmentId: 'preview',
      template,
      ...(options.channel ? { channel: options.channel } : {}),
      ...(options.subject !== undefined ? { subject: options.subject } : {}),
    },
  };
}

/** `--profile`: a Pinpoint id (a UUID), else the id the profile has in its source system. */
export const profileTarget = (reference: string): ProfileTarget =>
  isUuid(reference) ? { id: reference } : { externalId: reference };
