import { isReachable, matches, type SegmentRule } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';
import { AS_OF, referencePopulation, TEST_SIZE } from '../testing/test-population';

const { profiles, context } = referencePopulation();
const membersOf = (rule: SegmentRule) =>
  profiles.filter((p) => matches(p, rule, context)).sort((a, b) => (a.id < b.id ? -1 : 1));

describe.each(testTargets())('pinpoint export on $name', (target) => {
  let database: TestDatabase;
  let dir: string;
  const pinpoint = (...args: string[]) => runPinpoint(args, database.env, dir);

  beforeAll(async () => {
    database = await target.create();
    dir = database.dir;
  });
  afterAll(() => database.dispose());

  it("writes a segment's members with the chosen attributes as CSV to standard output", async () => {
    const result = await pinpoint(
      'export',
      'Lapsed donors',
      '--attributes',
      'first_name,age',
      '--as-of',
      AS_OF,
    );
    expect(result.code).toBe(0);
    const expected = membersOf({ segment: { id: DEMO_SEGMENT_IDS.lapsedDonors } }).map((p) =>
      [p.id, p.externalId, p.attributes.first_name ?? '', p.attributes.age ?? ''].join(','),
    );
    expect(result.stdout).toBe(['id,external_id,first_name,age', ...expected, ''].join('\n'));
    expect(result.stderr).toBe(`exported ${expected.length} profiles\n`);
  });

  it('writes NDJSON with reachable addresses to a file, and summarises with --json', async () => {
    const rule: SegmentRule = { attribute: { key: 'age', op: 'gte', value: 70 } };
    const result = await pinpoint(
      'export',
      '--rule-expr',
      'age >= 70',
      '--addresses',
      '--out',
      'seniors.ndjson',
      '--json',
    );
    expect(result.code).toBe(0);
    const expected = membersOf(rule);
    expect(jsonOf(result)).toMatchObject({
      rows: expected.length,
      format: 'ndjson',
      file: join(dir, 'seniors.ndjson'),
    });
    const lines = readFileSync(join(dir, 'seniors.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual(
      expected.map((p) => ({
        id: p.id,
        externalId: p.externalId,
        attributes: {},
        addresses: Object.fromEntries(
          p.channels.filter((c) => isReachable(c)).map((c) => [c.channel, c.address]),
        ),
      })),
    );
  });

  it('exports everyone with --all', async () => {
    const result = await pinpoint('export', '--all', '--out', 'all.csv', '--json');
    expect(jsonOf(result)).toMatchObject({ rows: TEST_SIZE, format: 'csv' });
  });

  it('says what is wrong with the request', async () => {
    expect((await pinpoint('export')).code).toBe(1);
    expect((await pinpoint('export', 'Lapsed donors', '--all')).code).toBe(1);
    const json = await pinpoint('export', 'Lapsed donors', '--json');
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('--json prints a summary of an export written with --out FILE');
    const rule = await pinpoint('export', '--rule-expr', 'region = XX');
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('rule.attribute.value:');
    const attribute = await pinpoint('export', 'Lapsed donors', '--attributes', 'shoe_size');
    expect(attribute.code).toBe(2);
    expect(attribute.stderr).toContain('no attribute "shoe_size" in the catalog');
    expect((await pinpoint('export', 'Nobody')).code).toBe(3);
  });
});
