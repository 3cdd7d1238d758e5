import { Profile, profileIdFor } from '@pinpoint/domain';
import { sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditInputError, type AuditEntry } from './audit-entry';
import { appendAudit, queryAudit } from './audit-log';
import { auditPseudonym } from './audit-pseudonym';
import { saveCatalog } from './catalog-repository';
import type { Database } from './client';
import { currentChangePosition, profileChangesSince } from './profile-changes';
import { eraseProfile, type ErasureActor } from './profile-erasure';
import { readProfiles } from './profile-reader';
import { upsertProfiles } from './profile-writer';
import { forWorkspace } from './tenant-scope';
import { fixtureCatalog, fixtureProfile, testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

const secret = randomBytes(32);
const actor: ErasureActor = { actorKind: 'api_key', actorId: 'dpo-key', tier: 'member' };
const FACT_TABLES = ['profile_interests', 'profile_events', 'profile_scores', 'profile_channels'];

const withFacts = (externalId: string, id?: string) =>
  Profile.parse({
    ...fixtureProfile(externalId, {
      attributes: { age: 41, city: 'Köln' },
      interests: [{ topic: 'climate', affinity: 0.8 }],
      events: [{ type: 'donation', occurredAt: new Date('2026-01-02T00:00:00Z'), properties: {} }],
      scores: [{ model: 'churn', value: 0.3 }],
      channels: [
        {
          channel: 'email',
          address: `${externalId}@example.org`,
          consent: 'granted',
          consentAt: null,
        },
      ],
    }),
    ...(id ? { id } : {}),
  });

const preview = (subject: string) =>
  ({ actorKind: 'user', actorId: 'ada', operation: 'preview', subject, tier: 'member' }) as const;

describe.each(testTargets())('erasure of a person on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;
  const ada = withFacts('ada');
  const bob = withFacts('bob');
  // The same person known to another workspace, under that workspace's id.
  const adaSouth = withFacts('ada', profileIdFor('ada', 'south'));

  const facts = async (id: string) => {
    const counts = [];
    for (const table of FACT_TABLES) {
      const [row] = await db.rows<{ n: number }>(
        sql`select count(*)::int as n from ${sql.raw(table)} where profile_id = ${id}::uuid`,
      );
      counts.push(row?.n ?? 0);
    }
    return counts;
  };
  const entries = async (workspaceId: string): Promise<AuditEntry[]> =>
    (await queryAudit(db, workspaceId, { limit: 1000 })).entries;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    for (const ws of ['north', 'south']) {
      await ensureWorkspace(db, ws);
      await saveCatalog(db, ws, fixtureCatalog);
    }
    await upsertProfiles(db, 'north', [ada, bob]);
    await upsertProfiles(db, 'south', [adaSouth]);
  }, 60_000);
  afterAll(async () => dispose());

  it('erases the profile and its facts, pseudonymises the log and records the erasure', async () => {
    const seen = await appendAudit(db, 'north', preview(ada.id));
    const seenAgain = await appendAudit(db, 'north', preview(ada.id));
    const other = await appendAudit(db, 'north', preview(bob.id));
    const elsewhere = await appendAudit(db, 'south', preview(adaSouth.id));
    expect(await facts(ada.id)).toEqual([1, 1, 1, 1]);
    const position = await currentChangePosition(db, 'north');

    const result = await eraseProfile(
      db,
      'north',
      { externalId: 'ada' },
      { auditSecret: secret, actor },
    );

    const pseudonym = auditPseudonym(secret, ada.id);
    expect(result).toEqual({ erased: true, pseudonym });
    expect((await readProfiles(db, 'north', [ada.id, bob.id])).has(ada.id)).toBe(false);
    expect(await facts(ada.id)).toEqual([0, 0, 0, 0]);
    expect(await facts(bob.id)).toEqual([1, 1, 1, 1]);
    // The change log tells audience indexes to drop the profile.
    expect((await profileChangesSince(db, 'north', position)).profileIds).toEqual([ada.id]);

    const north = await entries('north');
    const byId = new Map(north.map((e) => [e.id, e]));
    expect(byId.get(seen.id)).toEqual({ ...seen, subject: pseudonym });
    expect(byId.get(seenAgain.id)).toEqual({ ...seenAgain, subject: pseudonym });
    expect(byId.get(other.id)).toEqual(other);
    const erasure = north.filter((e) => e.operation === 'erasure');
    expect(erasure).toEqual([
      expect.objectContaining({
        ...actor,
        operation: 'erasure',
        subject: pseudonym,
        query: { by: 'externalId' },
        released: null,
      }),
    ]);
    // Nothing in the log names the person in clear any more.
    const log = JSON.stringify(north);
    expect(log).not.toContain(ada.id);
    expect(log).not.toContain('"ada@example.org"');
    expect(erasure[0]?.subject).not.toContain('ada');
    // The same person in another workspace is someone else's to erase.
    expect(await entries('south')).toEqual([elsewhere]);
    expect((await readProfiles(db, 'south', [adaSouth.id])).has(adaSouth.id)).toBe(true);
  });

  it('reports "not found" the second time, and changes nothing', async () => {
    const before = await entries('north');
    const position = await currentChangePosition(db, 'north');
    for (const again of [{ externalId: 'ada' }, { id: ada.id }]) {
      expect(await eraseProfile(db, 'north', again, { auditSecret: secret, actor })).toEqual({
        erased: false,
        pseudonym: null,
      });
    }
    expect(await entries('north')).toEqual(before);
    expect(await currentChangePosition(db, 'north')).toEqual(position);
  });

  it('finds a profile by id in any case, and treats a malformed id as no one', async () => {
    const cli: ErasureActor = { actorKind: 'cli' };
    expect(
      await eraseProfile(db, 'north', { id: 'nope' }, { auditSecret: secret, actor: cli }),
    ).toEqual({ erased: false, pseudonym: null });
    // Bob lives in north, not south.
    expect(
      await eraseProfile(db, 'south', { id: bob.id }, { auditSecret: secret, actor: cli }),
    ).toEqual({ erased: false, pseudonym: null });
    const result = await eraseProfile(
      db,
      'north',
      { id: bob.id.toUpperCase() },
      { auditSecret: secret, actor: cli },
    );
    expect(result).toEqual({ erased: true, pseudonym: auditPseudonym(secret, bob.id) });
    const [latest] = await entries('north');
    expect(latest).toMatchObject({
      actorKind: 'cli',
      actorId: null,
      operation: 'erasure',
      subject: result.pseudonym,
      query: { by: 'id' },
    });
  });

  it('erases every profile that carries the external id', async () => {
    const seeded = withFacts('cleo');
    const imported = withFacts('cleo', profileIdFor('cleo', 'north'));
    await upsertProfiles(db, 'north', [seeded, imported]);
    const result = await eraseProfile(
      db,
      'north',
      { externalId: 'cleo' },
      { auditSecret: secret, actor },
    );
    const ids = [seeded.id, imported.id].sort();
    expect(result).toEqual({ erased: true, pseudonym: auditPseudonym(secret, ids[0]!) });
    expect((await readProfiles(db, 'north', ids)).size).toBe(0);
    const subjects = (await entries('north')).slice(0, 2).map((e) => e.subject);
    expect(subjects.sort()).toEqual(ids.map((id) => auditPseudonym(secret, id)).sort());
  });

  it('changes nothing when it cannot finish: as a request, or with a short secret', async () => {
    const dan = withFacts('dan');
    await upsertProfiles(db, 'north', [dan]);
    await appendAudit(db, 'north', preview(dan.id));
    const before = await entries('north');
    await expect(
      eraseProfile(
        forWorkspace(db, 'north'),
        'north',
        { id: dan.id },
        { auditSecret: secret, actor },
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      eraseProfile(db, 'north', { id: dan.id }, { auditSecret: Buffer.from('short'), actor }),
    ).rejects.toBeInstanceOf(AuditInputError);
    expect((await readProfiles(db, 'north', [dan.id])).has(dan.id)).toBe(true);
    expect(await facts(dan.id)).toEqual([1, 1, 1, 1]);
    expect(await entries('north')).toEqual(before);
  });
});
