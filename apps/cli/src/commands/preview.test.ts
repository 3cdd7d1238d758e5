import { readProfiles, saveCampaign } from '@pinpoint/db';
import { DEFAULT_WORKSPACE_ID, profileIdFor } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';
import { referencePopulation } from '../testing/test-population';

const { profiles } = referencePopulation();
const person = profiles[42]!;
const CAMPAIGN_ID = '0c0ffee0-0000-4000-8000-000000000002';

describe.each(testTargets())('pinpoint preview on $name', (target) => {
  let database: TestDatabase;
  let dir: string;
  const preview = (...args: string[]) => runPinpoint(['preview', ...args], database.env, dir);

  beforeAll(async () => {
    database = await target.create();
    dir = database.dir;
    const db = await database.open();
    const stored = await readProfiles(db, DEFAULT_WORKSPACE_ID, [person.id]);
    const saved = await saveCampaign(db, DEFAULT_WORKSPACE_ID, {
      id: CAMPAIGN_ID,
      name: 'Welcome',
      purpose: 'commercial',
      includeSegmentIds: [DEMO_SEGMENT_IDS.lapsedDonors],
      channels: [{ channel: 'email', costPerContact: 0.01, priority: 0 }],
      variants: [
        {
          id: 'v1',
          name: 'Welcome back',
          segmentId: DEMO_SEGMENT_IDS.lapsedDonors,
          channel: 'email',
          subject: 'Hello {{ profile.first_name }}',
          template: 'Dear {{ profile.first_name }} {{ profile.last_name }}, we miss you.',
        },
      ],
    });
    await db.close();
    if (!saved.ok || !stored.has(person.id)) throw new Error('fixture not stored');
  });
  afterAll(() => database.dispose());

  it('renders a template text for a profile by external id, with its SMS length', async () => {
    const result = await preview(
      'Hi {{ profile.first_name | default: "there" }} in {{ profile.city }}!',
      '--profile',
      person.externalId,
      '--channel',
      'sms',
      '--json',
    );
    expect(result.code).toBe(0);
    expect(jsonOf(result)).toMatchObject({
      profileId: person.id,
      externalId: person.externalId,
      subject: null,
      text: `Hi ${String(person.attributes.first_name ?? 'there')} in ${String(person.attributes.city ?? '')}!`,
      html: false,
      missing: [],
      sms: { encoding: expect.any(String) as string, segments: 1 },
    });
  });

  it('renders a saved variant, and a template file, for a profile by id', async () => {
    const saved = await preview('v1', '--campaign', CAMPAIGN_ID, '--profile', person.id);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain(`profile  ${person.externalId} (${person.id})\n`);
    expect(saved.stdout).toContain(`subject  Hello ${String(person.attributes.first_name)}\n`);
    expect(saved.stdout).toContain(
      `Dear ${String(person.attributes.first_name)} ${String(person.attributes.last_name)}, we miss you.`,
    );
    writeFileSync(
      join(dir, 'note.liquid'),
      'Your postcode: {{ profile.postcode }}; {{ profile.nickname }}',
    );
    const file = jsonOf(await preview('note.liquid', '--profile', person.externalId, '--json'));
    expect(file).toMatchObject({
      text: `Your postcode: ${String(person.attributes.postcode)}; `,
      missing: ['nickname'],
    });
  });

  it('answers 3 for an unknown profile, campaign or variant, and 2 for a broken template', async () => {
    const nobody = await preview('Hi', '--profile', 'P999999999');
    expect(nobody.code).toBe(3);
    expect(nobody.stderr).toContain('no profile with external id "P999999999"');
    expect((await preview('Hi', '--profile', profileIdFor('nobody'))).code).toBe(3);
    const variant = await preview('v9', '--campaign', CAMPAIGN_ID, '--profile', person.id);
    expect(variant.code).toBe(3);
    expect(variant.stderr).toContain('campaign "Welcome" has no variant "v9"');
    const broken = await preview('Hi {{ profile.first_name ', '--profile', person.id);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/variant\.template \(line 1, column \d+\): /);
    expect((await preview('Hi', '--profile', person.id, '--channel', 'fax')).code).toBe(1);
  });
});
