import { saveCampaign } from '@pinpoint/db';
import { Campaign, DEFAULT_WORKSPACE_ID, reachOf } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';
import { AS_OF, referencePopulation } from '../testing/test-population';

const { profiles, context } = referencePopulation();

/** A draft as a user writes it: no id, channel priorities left to their default. */
const draft = {
  name: 'Autumn',
  purpose: 'civic',
  includeSegmentIds: [DEMO_SEGMENT_IDS.lapsedDonors, DEMO_SEGMENT_IDS.youngUrbanClimate],
  excludeSegmentIds: [DEMO_SEGMENT_IDS.bavarianFootballFans],
  channels: [
    { channel: 'email', costPerContact: 0.02 },
    { channel: 'sms', costPerContact: 0.09, priority: 1 },
  ],
  holdoutShare: 0.1,
  budget: { amount: 5000, currency: 'EUR' },
};
const SAVED_ID = '0c0ffee0-0000-4000-8000-000000000001';

const expected = (campaign: unknown, budget?: number) => {
  const estimate = reachOf(profiles, Campaign.parse(campaign), context, { budget: budget ?? null });
  if (!estimate.ok) throw new Error('reference failed');
  return { ...estimate.value, asOf: '2026-06-01T00:00:00.000Z' };
};

describe.each(testTargets())('pinpoint reach on $name', (target) => {
  let database: TestDatabase;
  let dir: string;
  const reach = (...args: string[]) =>
    runPinpoint(['reach', ...args, '--as-of', AS_OF], database.env, dir);

  beforeAll(async () => {
    database = await target.create();
    dir = database.dir;
    writeFileSync(join(dir, 'autumn.json'), JSON.stringify(draft));
    const db = await database.open();
    const saved = await saveCampaign(db, DEFAULT_WORKSPACE_ID, {
      ...withPriorities(draft),
      id: SAVED_ID,
      name: 'Saved autumn',
    });
    await db.close();
    if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
  });
  afterAll(() => database.dispose());

  it('estimates a draft campaign file as the reference does (the draft id is "draft", as in the API)', async () => {
    const result = await reach('autumn.json', '--json');
    expect(result.code).toBe(0);
    expect(jsonOf(result)).toEqual(expected({ ...withPriorities(draft), id: 'draft' }));
  });

  it('estimates a saved campaign by id, at another budget', async () => {
    const result = await reach(SAVED_ID, '--budget', '0.5', '--json');
    expect(jsonOf(result)).toEqual(expected({ ...withPriorities(draft), id: SAVED_ID }, 0.5));
  });

  it('prints the estimate, channels, losses and the curve on request', async () => {
    const result = await reach('autumn.json', '--curve');
    const reference = expected({ ...withPriorities(draft), id: 'draft' });
    expect(result.stdout).toContain(`audience            ${reference.audience}\n`);
    expect(result.stdout).toMatch(
      /\nCHANNEL\s+REACHED\s+PER CONTACT\s+COST\nemail\s+\d+\s+0\.02\s+[\d.,]+\n/,
    );
    expect(result.stdout).toContain(
      `not reached: excluded ${reference.unreachable.excluded}, holdout ${reference.unreachable.holdout},`,
    );
    expect(result.stdout).toMatch(/\nBUDGET\s+REACH\n\s+0\.00\s+0\n/);
  });

  it('names what is wrong with a campaign, and answers 3 for an unknown id', async () => {
    writeFileSync(
      join(dir, 'broken.json'),
      JSON.stringify({ ...draft, channels: [], includeSegmentIds: ['no-such-segment'] }),
    );
    const broken = await reach('broken.json');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('error: the campaign is not valid:');
    expect(broken.stderr).toContain('  campaign.channels: choose at least one channel');
    const missing = await reach('0c0ffee0-0000-4000-8000-00000000dead');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no campaign with id "0c0ffee0-0000-4000-8000-00000000dead"');
    expect((await reach('autumn.json', '--budget', '-5')).code).toBe(1);
  });

  it('reports segments a campaign names that do not exist, by their place in it', async () => {
    writeFileSync(
      join(dir, 'ghost.json'),
      JSON.stringify({ ...draft, includeSegmentIds: ['ghost'] }),
    );
    const result = await reach('ghost.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('campaign.includeSegmentIds[0]');
  });
});

function withPriorities(campaign: typeof draft) {
  return { ...campaign, channels: campaign.channels.map((c) => ({ priority: 0, ...c })) };
}
