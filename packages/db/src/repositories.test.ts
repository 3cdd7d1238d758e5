import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteCampaign, getCampaign, listCampaigns, saveCampaign } from './campaign-repository';
import { saveCatalog } from './catalog-repository';
import type { Database } from './client';
import { createSegment, deleteSegment, listSegments, updateSegment } from './segment-repository';
import { fixtureCatalog, testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

const adults = { attribute: { key: 'age', op: 'gte', value: 18 } };

describe.each(testTargets())('segment and campaign repositories on $name', (target) => {
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

  it('creates, updates and lists segments per workspace, with the same id in two workspaces', async () => {
    expect((await createSegment(db, 'north', { name: 'Adults', rule: adults }, 'adults')).ok).toBe(
      true,
    );
    expect(
      (await createSegment(db, 'south', { name: 'Grown-ups', rule: adults }, 'adults')).ok,
    ).toBe(true);
    const updated = await updateSegment(db, 'north', 'adults', {
      name: 'Adults in Bavaria',
      rule: { and: [adults, { attribute: { key: 'region', op: 'eq', value: 'BY' } }] },
    });
    expect(updated.ok).toBe(true);
    expect((await listSegments(db, 'north')).map((s) => s.name)).toEqual(['Adults in Bavaria']);
    expect((await listSegments(db, 'south')).map((s) => s.name)).toEqual(['Grown-ups']);
  });

  it('refuses a second segment with a taken id', async () => {
    const again = await createSegment(db, 'north', { name: 'Again', rule: adults }, 'adults');
    expect(again).toEqual({
      ok: false,
      issues: [{ path: 'id', code: 'duplicate', message: 'a segment with id "adults" exists' }],
    });
  });

  it('reports every invalid part of a segment by path and stores nothing', async () => {
    const result = await createSegment(
      db,
      'north',
      {
        name: '  ',
        rule: {
          or: [
            { attribute: { key: 'shoe_size', op: 'eq', value: 42 } },
            { attribute: { key: 'region', op: 'eq', value: 'XX' } },
            { segment: { id: 'nowhere' } },
          ],
        },
      },
      'broken',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ['rule.or[0].attribute.key', 'unknown_attribute'],
      ['rule.or[1].attribute.value', 'value_not_allowed'],
      ['rule.or[2].segment.id', 'unknown_segment'],
      ['name', 'invalid_shape'],
    ]);
    expect((await listSegments(db, 'north')).map((s) => s.id)).toEqual(['adults']);
  });

  it('rejects an update that would close a reference cycle, naming it', async () => {
    await createSegment(
      db,
      'north',
      { name: 'Bavarian adults', rule: { segment: { id: 'adults' } } },
      'bav',
    );
    const cycle = await updateSegment(db, 'north', 'adults', {
      name: 'Adults',
      rule: { segment: { id: 'bav' } },
    });
    expect(cycle.ok).toBe(false);
    if (cycle.ok) return;
    expect(cycle.issues[0]?.code).toBe('reference_cycle');
    expect(cycle.issues[0]?.message).toContain('"Bavarian adults"');
  });

  it('refuses to delete a segment another one references, and reports unknown ids', async () => {
    const inUse = await deleteSegment(db, 'north', 'adults');
    expect(inUse).toEqual({
      ok: false,
      issues: [
        {
          path: 'id',
          code: 'in_use',
          message: 'segment is used by segment "Bavarian adults"; change those first',
        },
      ],
    });
    expect((await deleteSegment(db, 'north', 'bav')).ok).toBe(true);
    expect((await deleteSegment(db, 'north', 'adults')).ok).toBe(true);
    expect(await deleteSegment(db, 'north', 'adults')).toMatchObject({
      ok: false,
      issues: [{ code: 'not_found' }],
    });
    expect(await listSegments(db, 'south')).toHaveLength(1);
  });

  it('saves campaigns that name existing segments only, scoped to the workspace', async () => {
    const plan = {
      id: 'spring',
      name: 'Spring drive',
      purpose: 'civic',
      includeSegmentIds: ['adults'],
      excludeSegmentIds: ['ghost'],
      channels: [{ channel: 'email', costPerContact: 0.01, priority: 0 }],
    };
    expect(await saveCampaign(db, 'south', plan)).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'campaign.excludeSegmentIds[0]',
          code: 'unknown_segment',
          message: 'unknown segment "ghost"',
        },
      ],
    });
    const saved = await saveCampaign(db, 'south', { ...plan, excludeSegmentIds: [] });
    expect(saved.ok).toBe(true);
    expect(await deleteSegment(db, 'south', 'adults')).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'in_use',
          message: 'segment is used by campaign "Spring drive"; change those first',
        },
      ],
    });
    // The same id in another workspace is another campaign, not an overwrite.
    expect((await saveCampaign(db, 'north', { ...plan, includeSegmentIds: [] })).ok).toBe(false);
    expect((await getCampaign(db, 'south', 'spring'))?.name).toBe('Spring drive');
    expect(await getCampaign(db, 'north', 'spring')).toBeNull();
    await saveCampaign(db, 'south', { ...plan, excludeSegmentIds: [], holdoutShare: 0.1 });
    expect((await listCampaigns(db, 'south')).map((c) => c.holdoutShare)).toEqual([0.1]);
    expect(await deleteCampaign(db, 'north', 'spring')).toBe(false);
    expect(await deleteCampaign(db, 'south', 'spring')).toBe(true);
  });

  it('reports a malformed campaign by path', async () => {
    const result = await saveCampaign(db, 'south', {
      name: 'x',
      purpose: 'sales',
      includeSegmentIds: ['adults'],
      channels: [],
      holdoutShare: 0.9,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual([
      'campaign.channels',
      'campaign.holdoutShare',
      'campaign.purpose',
    ]);
  });
});
