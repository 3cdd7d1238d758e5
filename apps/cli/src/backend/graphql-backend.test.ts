import { createApiKey, ensureWorkspace } from '@pinpoint/db';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startApi, type RunningApi } from '../testing/api-server';
import { jsonOf, runPinpoint, spawnPinpoint, type CliResult } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';
import { AS_OF, referencePopulation } from '../testing/test-population';

const person = referencePopulation().profiles[7]!;
const campaign = {
  name: 'Autumn',
  purpose: 'civic',
  includeSegmentIds: [DEMO_SEGMENT_IDS.lapsedDonors, DEMO_SEGMENT_IDS.familiesNotMembers],
  channels: [
    { channel: 'email', costPerContact: 0.02 },
    { channel: 'post', costPerContact: 0.8, priority: 1 },
  ],
  holdoutShare: 0.2,
};

/** Every question, in both output forms: the API must answer each exactly as the database. */
const QUESTIONS: readonly string[][] = [
  ['catalog'],
  ['segments', 'list', '--as-of', AS_OF],
  ['segments', 'show', 'Lapsed donors reachable by email', '--as-of', AS_OF],
  ['count', 'Lapsed donors', '--as-of', AS_OF],
  ['count', '--rule-expr', 'age >= 40 and (reachable(email) or reachable(sms))', '--as-of', AS_OF],
  [
    'overlap',
    'Lapsed donors',
    DEMO_SEGMENT_IDS.youngUrbanClimate,
    'Families not yet members',
    '--as-of',
    AS_OF,
  ],
  ['composition', 'Families not yet members', '--by', 'income_band', '--as-of', AS_OF],
  [
    'composition',
    '--rule-expr',
    'interest(climate) >= 0.5',
    '--by',
    'age',
    '--buckets',
    '18,30,50,96',
    '--as-of',
    AS_OF,
  ],
  ['reach', 'autumn.json', '--budget', '25', '--curve', '--as-of', AS_OF],
  [
    'preview',
    'Hallo {{ profile.first_name }} aus {{ profile.city }}',
    '--profile',
    person.externalId,
    '--channel',
    'sms',
  ],
  // Failures answer alike too.
  ['count', '--rule-expr', 'region = XX and interest(nothing) >= 0.5'],
  ['count', 'Nobody in particular'],
  ['reach', '0c0ffee0-0000-4000-8000-00000000dead'],
  ['preview', 'Hi', '--profile', 'P999999999'],
  // Streams through GET /export: the same file as from the database.
  ['export', 'Lapsed donors', '--attributes', 'region,age', '--addresses', '--as-of', AS_OF],
];

describe.each(testTargets())('the CLI through the API on $name', (target) => {
  let database: TestDatabase;
  let dir: string;
  let api: RunningApi;
  const direct = new Map<string, CliResult>();
  let token = '';
  const ask = (args: readonly string[], extra: Record<string, string> = {}) =>
    runPinpoint(args, { ...database.env, ...extra }, dir);

  beforeAll(async () => {
    database = await target.create();
    dir = database.dir;
    writeFileSync(join(dir, 'autumn.json'), JSON.stringify(campaign));
    // The embedded database has one user at a time: ask it first, then hand it to the API.
    for (const question of QUESTIONS)
      for (const args of [question, [...question, '--json']])
        direct.set(args.join(' '), await ask(args));
    // A real key, made before the API holds the database: the CLI must pass it through.
    const db = await database.open();
    try {
      await ensureWorkspace(db, DEFAULT_WORKSPACE_ID);
      token = (
        await createApiKey(db, DEFAULT_WORKSPACE_ID, {
          name: 'cli test',
          tier: 'member',
          scopes: ['counts:read', 'segments:read'],
        })
      ).token;
    } finally {
      await db.close();
    }
    api = await startApi(database.env);
  });
  afterAll(async () => {
    await api?.stop();
    await database.dispose();
  });

  it('answers every question exactly as the database does, tables and JSON', async () => {
    for (const question of QUESTIONS) {
      for (const args of [question, [...question, '--json']]) {
        const expected = direct.get(args.join(' '))!;
        const answered = await ask(['--api', api.url, ...args]);
        expect({ args, ...answered }).toEqual({ args, ...expected });
      }
    }
    expect(direct.get(QUESTIONS[3]!.join(' '))!.code).toBe(0);
    expect(direct.get(QUESTIONS[10]!.join(' '))!.code).toBe(2);
    expect(direct.get(QUESTIONS[11]!.join(' '))!.code).toBe(3);
    const exported = direct.get(QUESTIONS.at(-1)!.join(' '))!;
    expect(exported.code).toBe(0);
    expect(exported.stdout.split('\n').length).toBeGreaterThan(10);
    expect(exported.stdout.split('\n')[0]).toContain('region');
  });

  it('takes the API from PINPOINT_API_URL and a base address, in a real process', async () => {
    const result = await spawnPinpoint(['count', 'Lapsed donors', '--as-of', AS_OF, '--json'], {
      PINPOINT_API_URL: api.url.replace(/\/graphql$/, ''),
      PINPOINT_API_TOKEN: token,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(direct.get([...QUESTIONS[3]!, '--json'].join(' '))!.stdout);
  });

  it('creates segments through the API', async () => {
    const created = await ask([
      '--api',
      api.url,
      'segments',
      'create',
      '--name',
      'Older emailable',
      '--rule-expr',
      'age >= 60 and reachable(email)',
      '--json',
    ]);
    expect(created.code).toBe(0);
    const { id } = jsonOf<{ id: string }>(created);
    const counted = await ask(['--api', api.url, 'count', id, '--as-of', AS_OF, '--json']);
    const expected = await ask([
      '--api',
      api.url,
      'count',
      '--rule-expr',
      'age >= 60 and reachable(email)',
      '--as-of',
      AS_OF,
      '--json',
    ]);
    expect(jsonOf(counted)).toEqual(jsonOf(expected));
  });

  it('reports input the API refuses as invalid (2), with its message', async () => {
    const result = await ask([
      '--api',
      api.url,
      'count',
      '--rule',
      '{"attribute": {"key": "age", "op": "betwen"}}',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('betwen');
  });
});

describe('the CLI without a reachable API', () => {
  it('answers 4 and says what it tried', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/graphql`;
    const result = await runPinpoint(['--api', closed, 'segments', 'list']);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(
      `error: cannot reach the Pinpoint API at ${closed} (ECONNREFUSED)`,
    );
    expect(result.stderr).toContain('hint: is it running?');
    const notGraphql = await runPinpoint(['--api', '::nonsense', 'segments', 'list']);
    expect(notGraphql.code).toBe(1);
  });
});
