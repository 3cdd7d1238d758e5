import {
  getSegments,
  getWorkspaceSettings,
  readProfiles,
  type Database,
  type SavedWorkspaceSettings,
} from '@pinpoint/db';
import type { Profile, Segment, SegmentRule } from '@pinpoint/domain';
import DataLoader from 'dataloader';
import type { AudienceBackend } from './services/audience-backend';
import type { AudienceContexts } from './services/audience-context';

/** Largest number of rules counted in one pass over the profiles. */
const RULES_PER_PASS = 20;

/** Per-request DataLoaders: lookups and counts asked for by many fields run as few queries. */
export interface Loaders {
  segment: DataLoader<string, Segment | null>;
  profile: DataLoader<string, Profile | null>;
  /** Size of a saved segment at an instant; key `id@epochMillis`. */
  segmentSize: DataLoader<string, number>;
  /** Number of profiles in the workspace. */
  population: () => Promise<number>;
  /** The workspace's settings, read once per request however many campaigns are checked. */
  workspaceSettings: () => Promise<SavedWorkspaceSettings>;
}

/** Creates the loaders of one request. */
export function createLoaders(
  db: Database,
  workspaceId: string,
  audience: AudienceContexts,
  backend: AudienceBackend,
): Loaders {
  let population: Promise<number> | undefined;
  let settings: Promise<SavedWorkspaceSettings> | undefined;
  return {
    segment: new DataLoader(async (ids) => {
      const found = await getSegments(db, workspaceId, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    profile: new DataLoader(async (ids) => {
      const found = await readProfiles(db, workspaceId, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    segmentSize: new DataLoader(async (keys) => {
      const byInstant = new Map<number, string[]>();
      for (const key of keys) {
        const [id = '', at = ''] = key.split('@');
        const ids = byInstant.get(Number(at)) ?? [];
        ids.push(id);
        byInstant.set(Number(at), ids);
      }
      const sizes = new Map<string, number>();
      for (const [at, ids] of byInstant) {
        const context = await audience.at(new Date(at));
        for (let start = 0; start < ids.length; start += RULES_PER_PASS) {
          const chunk = ids.slice(start, start + RULES_PER_PASS);
          const rules = chunk.map((id): SegmentRule => ({ segment: { id } }));
          const overlap = await backend.overlap(rules, context);
          // Saved segments are valid by construction; an issue here is a bug, not bad input.
          if (!overlap.ok)
            throw new Error(`sizes of saved segments: ${JSON.stringify(overlap.issues)}`);
          chunk.forEach((id, i) => sizes.set(`${id}@${at}`, overlap.value.sizes[i] ?? 0));
        }
      }
      return keys.map((key) => sizes.get(key) ?? 0);
    }),
    population: () => (population ??= backend.population()),
    workspaceSettings: () => (settings ??= getWorkspaceSettings(db, workspaceId)),
  };
}

/** The key of a size in `segmentSize`. */
export const sizeKey = (segmentId: string, at: Date): string => `${segmentId}@${at.getTime()}`;
