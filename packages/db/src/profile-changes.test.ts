import { DEFAULT_WORKSPACE_ID as WS } from '@pinpoint/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { saveCatalog } from './catalog-repository';
import { currentChangePosition, profileChangesSince } from './profile-changes';
import { readWorkspaceProfiles, streamProfiles } from './profile-reader';
import { copyProfiles, deleteProfiles, upsertProfiles } from './profile-writer';
import { fixtureCatalog, fixtureProfile, testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

describe.each(testTargets())('change log and streaming on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    await ensureWorkspace(db, WS);
    await ensureWorkspace(db, 'other');
    await saveCatalog(db, WS, fixtureCatalog);
  }, 60_000);
  afterAll(async () => dispose());

  it('streams every profile of a workspace once, in id order, in batches', async () => {
    const people = Array.from({ length: 57 }, (_, i) =>
      fixtureProfile(`p${i}`, {
        attributes: { age: 20 + i },
        interests: [{ topic: 'climate', affinity: (i % 10) / 10 }],
        channels: [
          { channel: 'email', address: `p${i}@example.org`, consent: 'granted', consentAt: null },
        ],
      }),
    );
    await copyProfiles(db, WS, people);
    await copyProfiles(db, 'other', [fixtureProfile('elsewhere')]);
    const batches: string[][] = [];
    for await (const batch of streamProfiles(db, WS, { batchSize: 10 }))
      batches.push(batch.map((p) => p.id));
    expect(batches.map((b) => b.length)).toEqual([10, 10, 10, 10, 10, 7]);
    expect(batches.flat()).toEqual(people.map((p) => p.id).sort());
    const streamed = [];
    for await (const batch of streamProfiles(db, WS, { batchSize: 1000 })) streamed.push(...batch);
    expect(streamed).toEqual(
      (await readWorkspaceProfiles(db, WS)).sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });

  it('lists upserts and deletes in order, and asks for a reload after a bulk load', async () => {
    const start = await currentChangePosition(db, WS);
    await upsertProfiles(db, WS, [
      fixtureProfile('p1', { attributes: { age: 99 } }),
      fixtureProfile('new'),
    ]);
    await deleteProfiles(db, WS, [fixtureProfile('p2').id]);
    const changes = await profileChangesSince(db, WS, start);
    expect(changes.reload).toBe(false);
    expect(changes.profileIds).toEqual([
      fixtureProfile('p1').id,
      fixtureProfile('new').id,
      fixtureProfile('p2').id,
    ]);
    expect(await profileChangesSince(db, WS, changes.position)).toMatchObject({
      profileIds: [],
      reload: false,
    });
    await copyProfiles(db, WS, [fixtureProfile('bulk')]);
    expect(await profileChangesSince(db, WS, changes.position)).toMatchObject({ reload: true });
    // Another workspace's changes are not this one's.
    const before = await currentChangePosition(db, WS);
    await upsertProfiles(db, 'other', [fixtureProfile('elsewhere')]);
    expect((await profileChangesSince(db, WS, before)).profileIds).toEqual([]);
  });
});
