import { v5 as uuidv5 } from 'uuid';

/** Namespace of profile ids (a fixed, random UUID: changing it would change every id). */
const PROFILE_NAMESPACE = '6f1c7f0e-5d1a-4b8e-9a43-0c1f2b3d4e5f';

/** The workspace that embedded installs, demos and single-tenant setups use. */
export const DEFAULT_WORKSPACE_ID = 'default';

/**
 * The id of the profile with a given external id in a workspace: a name-based UUID (v5), so
 * that importing the same person twice lands on the same row, and so that uniqueness of
 * external ids is guaranteed by the primary key alone (a sharded database cannot enforce a
 * second unique key).
 */
export function profileIdFor(
  externalId: string,
  workspaceId: string = DEFAULT_WORKSPACE_ID,
): string {
  return uuidv5(`${workspaceId}\u0000${externalId}`, PROFILE_NAMESPACE);
}
