import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCatalog } from './catalog-repository';
import type { Database } from './client';
import { forWorkspace } from './tenant-scope';
import { fixtureCatalog, testTargets } from './testing';
import {
  DEFAULT_WORKSPACE_SETTINGS,
  getWorkspaceSettings,
  saveWorkspaceSettings,
} from './workspace-settings';
import { ensureWorkspace } from './workspaces';

describe.each(testTargets())('workspace settings on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    for (const ws of ['north', 'south']) {
      await ensureWorkspace(db, ws);
      await saveCatalog(db, ws, fixtureCatalog);
    }
  }, 60_000);
  afterAll(async () => dispose());

  const issuesOf = async (input: unknown) => {
    const result = await saveWorkspaceSettings(forWorkspace(db, 'north'), 'north', input);
    return result.ok ? [] : result.issues.map((i) => `${i.path} (${i.code}): ${i.message}`);
  };

  it('gives the defaults to a workspace that saved none', async () => {
    expect(await getWorkspaceSettings(db, 'north')).toEqual({
      ...DEFAULT_WORKSPACE_SETTINGS,
      updatedAt: null,
    });
  });

  it('changes the fields given, keeps the others, and only in its own workspace', async () => {
    const north = forWorkspace(db, 'north');
    const saved = await saveWorkspaceSettings(north, 'north', {
      politicalConsentAttribute: 'member',
      epsilonPerNumber: 0.25,
      budgetPeriod: 'month',
    });
    expect(saved.ok).toBe(true);
    const second = await saveWorkspaceSettings(north, 'north', {
      allowSensitiveCommercial: true,
      budgetEpsilon: 2.5,
    });
    expect(second.ok).toBe(true);
    const read = await getWorkspaceSettings(north, 'north');
    expect(read).toEqual({
      politicalConsentAttribute: 'member',
      allowSensitiveCommercial: true,
      minimumAudience: 100,
      epsilonPerNumber: 0.25,
      budgetEpsilon: 2.5,
      budgetPeriod: 'month',
      updatedAt: expect.any(Date) as unknown,
    });
    expect(second.ok && second.value).toEqual(read);
    expect(await getWorkspaceSettings(forWorkspace(db, 'south'), 'south')).toMatchObject({
      politicalConsentAttribute: null,
      updatedAt: null,
    });
    // Row-level security: a request in another workspace neither sees nor reaches the row.
    const [seen] = await forWorkspace(db, 'south').rows<{ n: number }>(
      sql`select count(*)::int as n from workspace_settings`,
    );
    expect(seen?.n).toBe(0);
  });

  it('removes the consent attribute with null', async () => {
    const north = forWorkspace(db, 'north');
    await saveWorkspaceSettings(north, 'north', { politicalConsentAttribute: null });
    expect((await getWorkspaceSettings(north, 'north')).politicalConsentAttribute).toBeNull();
  });

  it('refuses a consent attribute that is not a true/false attribute of the catalog', async () => {
    expect(await issuesOf({ politicalConsentAttribute: 'consent_political' })).toEqual([
      'settings.politicalConsentAttribute (unknown_attribute): no attribute "consent_political" in the catalog',
    ]);
    expect(await issuesOf({ politicalConsentAttribute: 'age' })).toEqual([
      'settings.politicalConsentAttribute (type_mismatch): "Age" is a number attribute; consent to political advertising must be recorded as true/false (a boolean attribute)',
    ]);
  });

  it('names every invalid setting by its path and stores none of them', async () => {
    const before = await getWorkspaceSettings(db, 'north');
    expect(
      await issuesOf({
        politicalConsentAttribute: 'Not A Key',
        allowSensitiveCommercial: 'yes',
        minimumAudience: -5,
        epsilonPerNumber: 0.12345,
        budgetPeriod: 'week',
        colour: 'green',
      }),
    ).toEqual([
      'settings.politicalConsentAttribute (invalid_shape): expected a snake_case key (a-z, 0-9, _), at most 63 characters',
      'settings.allowSensitiveCommercial (invalid_shape): expected true or false',
      'settings.minimumAudience (invalid_shape): expected a minimum audience of at least 0',
      'settings.epsilonPerNumber (invalid_shape): expected ε with at most 4 decimal places',
      'settings.budgetPeriod (invalid_shape): Invalid option: expected one of "day"|"month"',
      'settings (invalid_shape): unknown setting "colour"',
    ]);
    expect(await issuesOf({ epsilonPerNumber: 0.5, budgetEpsilon: 0.2 })).toEqual([
      'settings.budgetEpsilon (invalid_shape): expected a budget of at least ε per number, or no number could ever be released',
    ]);
    expect(await issuesOf('everything on')).toEqual([
      'settings (invalid_shape): expected an object of settings',
    ]);
    expect(await getWorkspaceSettings(db, 'north')).toEqual(before);
  });

  it('lets requests read and change settings, but not remove them', async () => {
    const north = forWorkspace(db, 'north');
    await expect(north.rows(sql`delete from workspace_settings`)).rejects.toThrow(
      /permission denied/,
    );
  });
});
