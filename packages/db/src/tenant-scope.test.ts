import { Profile, profileIdFor } from '@pinpoint/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCatalog } from './catalog-repository';
import type { Database } from './client';
import { upsertProfiles } from './profile-writer';
import { createSegment, listSegments } from './segment-repository';
import { forWorkspace, TENANT_ROLE } from './tenant-scope';
import { fixtureCatalog, testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

function person(workspaceId: string, externalId: string): Profile {
  return Profile.parse({
    id: profileIdFor(externalId, workspaceId),
    externalId,
    attributes: { age: 40, region: 'BY' },
    interests: [{ topic: 'climate', affinity: 0.9 }],
    events: [{ type: 'donation', occurredAt: new Date('2026-05-01T10:00:00.000Z') }],
    scores: [{ model: 'churn', value: 0.2 }],
    channels: [
      {
        channel: 'email',
        address: `${externalId}@example.org`,
        consent: 'granted',
        consentAt: null,
      },
    ],
  });
}

const count = async (db: Database, table: string) => {
  const [row] = await db.rows<{ n: number }>(
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return row?.n;
};

const FACT_TABLES = ['profile_interests', 'profile_events', 'profile_scores', 'profile_channels'];

describe.each(testTargets())('row-level security per workspace on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    for (const [ws, people] of [
      ['north', ['ann', 'bob', 'cem']],
      ['south', ['dana', 'eli']],
    ] as const) {
      await ensureWorkspace(db, ws);
      await saveCatalog(db, ws, fixtureCatalog);
      await upsertProfiles(
        db,
        ws,
        people.map((p) => person(ws, p)),
      );
      await createSegment(db, ws, {
        name: `${ws} adults`,
        rule: { attribute: { key: 'age', op: 'gte', value: 18 } },
      });
    }
  }, 60_000);
  afterAll(async () => dispose());

  it('shows a query that forgets its workspace filter only its own workspace', async () => {
    const north = forWorkspace(db, 'north');
    const south = forWorkspace(db, 'south');
    expect(await count(north, 'profiles')).toBe(3);
    expect(await count(south, 'profiles')).toBe(2);
    for (const table of FACT_TABLES) {
      expect(await count(north, table)).toBe(3);
      expect(await count(south, table)).toBe(2);
    }
    expect(await count(north, 'segments')).toBe(1);
    expect(await count(north, 'workspaces')).toBe(1);
    expect(await count(north, 'catalog_attributes')).toBe(fixtureCatalog.attributes.length);
    // The owner (migrations, imports, index builds) is not bound: it filters explicitly.
    expect(await count(db, 'profiles')).toBe(5);
  });

  it('shows nothing when the role is taken but no workspace is set', async () => {
    const seen = await db.transaction(async (tx) => {
      await tx.exec(`set local role ${TENANT_ROLE}`);
      return [await count(tx, 'profiles'), await count(tx, 'profile_channels')];
    });
    expect(seen).toEqual([0, 0]);
  });

  it('does not let one workspace read another by naming it', async () => {
    const north = forWorkspace(db, 'north');
    const rows = await north.rows(
      sql`select external_id from profiles where workspace_id = 'south' or external_id = 'dana'`,
    );
    expect(rows).toEqual([]);
    const danaId = profileIdFor('dana', 'south');
    expect(
      await north.rows(sql`select 1 from profile_channels where profile_id = ${danaId}`),
    ).toEqual([]);
    // The repository functions take a workspace id; the scope wins over a wrong one.
    expect(await listSegments(north, 'south')).toEqual([]);
  });

  it('refuses writes into another workspace and changes nothing there', async () => {
    const north = forWorkspace(db, 'north');
    await expect(
      north.rows(sql`insert into profiles (id, workspace_id, external_id)
        values (${profileIdFor('intruder', 'south')}, 'south', 'intruder')`),
    ).rejects.toThrow(/row-level security/);
    const updated = await north.rows(
      sql`update profiles set attributes = '{}'::jsonb where workspace_id = 'south' returning id`,
    );
    expect(updated).toEqual([]);
    const deleted = await north.rows(sql`delete from profile_channels returning profile_id`);
    expect(deleted).toHaveLength(3);
    expect(await count(forWorkspace(db, 'south'), 'profile_channels')).toBe(2);
  });

  it('keeps the secret hashes of API keys from requests', async () => {
    await expect(
      forWorkspace(db, 'north').rows(sql`select secret_hash from api_keys`),
    ).rejects.toThrow(/permission denied/);
  });

  it('leaves the connection as it was after a scoped statement', async () => {
    await forWorkspace(db, 'north').rows(sql`select 1`);
    const [row] = await db.rows<{ role: string; ws: string | null }>(
      sql`select current_user as role, nullif(current_setting('pinpoint.workspace_id', true), '') as ws`,
    );
    expect(row?.role).not.toBe(TENANT_ROLE);
    expect(row?.ws).toBeNull();
  });

  it('refuses a workspace id that is not a plain key', () => {
    expect(() => forWorkspace(db, "north'; drop table profiles; --")).toThrow(/not a workspace id/);
  });
});
