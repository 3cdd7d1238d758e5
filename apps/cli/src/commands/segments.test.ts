import { matches, type SegmentRule } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS, demoSegments } from '@pinpoint/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';
import { AS_OF, referencePopulation } from '../testing/test-population';

const { profiles, context } = referencePopulation();
const sizeOf = (rule: SegmentRule) => profiles.filter((p) => matches(p, rule, context)).length;

describe.each(testTargets())('pinpoint segments on $name', (target) => {
  let database: TestDatabase;
  const pinpoint = (...args: string[]) => runPinpoint(args, database.env);

  beforeAll(async () => {
    database = await target.create();
  });
  afterAll(() => database.dispose());

  it('lists the saved segments by name with their sizes', async () => {
    const result = await pinpoint('segments', 'list', '--as-of', AS_OF, '--json');
    expect(result.code).toBe(0);
    const expected = [...demoSegments]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ id, name, description }) => ({
        id,
        name,
        description,
        size: sizeOf({ segment: { id } }),
      }));
    expect(jsonOf(result)).toEqual(expected);

    const table = await pinpoint('segments', 'list', '--search', 'DONORS', '--no-sizes');
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+NAME$/);
    expect(table.stdout).toContain('5e600000-0000-4000-8000-000000000003  Lapsed donors\n');
    expect(table.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('shows a segment with its rule in the compact form', async () => {
    const result = await pinpoint(
      'segments',
      'show',
      'Lapsed donors reachable by email',
      '--as-of',
      AS_OF,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`id           ${DEMO_SEGMENT_IDS.lapsedDonorsByEmail}\n`);
    expect(result.stdout).toContain(
      `rule         segment(${DEMO_SEGMENT_IDS.lapsedDonors}) and reachable(email)\n`,
    );
    const json = jsonOf(
      await pinpoint('segments', 'show', DEMO_SEGMENT_IDS.lapsedDonorsByEmail, '--json'),
    );
    expect(json).toMatchObject({
      id: DEMO_SEGMENT_IDS.lapsedDonorsByEmail,
      rule: {
        and: [
          { segment: { id: DEMO_SEGMENT_IDS.lapsedDonors } },
          { reachable: { channel: 'email' } },
        ],
      },
    });
    expect((await pinpoint('segments', 'show', 'nothing like it')).code).toBe(3);
  });

  it('creates a segment from an expression, which then counts like any other', async () => {
    const created = await pinpoint(
      'segments',
      'create',
      '--name',
      'Young Bavarians',
      '--description',
      'for the CLI test',
      '--rule-expr',
      'age between 18 and 29 and region = BY',
      '--json',
    );
    expect(created.code).toBe(0);
    const segment = jsonOf<{ id: string; name: string; rule: SegmentRule }>(created);
    expect(segment).toMatchObject({
      name: 'Young Bavarians',
      description: 'for the CLI test',
      rule: {
        and: [
          { attribute: { key: 'age', op: 'between', min: 18, max: 29 } },
          { attribute: { key: 'region', op: 'eq', value: 'BY' } },
        ],
      },
    });
    const counted = await pinpoint('count', 'young bavarians', '--as-of', AS_OF, '--json');
    expect(jsonOf(counted)).toMatchObject({ size: sizeOf(segment.rule) });
  });

  it('refuses an invalid segment with every problem, and saves nothing', async () => {
    const result = await pinpoint(
      'segments',
      'create',
      '--name',
      ' ',
      '--rule-expr',
      'age > "old"',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: the segment is not valid:');
    expect(result.stderr).toContain('  rule.attribute.value:');
    expect(result.stderr).toContain('  name: a segment needs a name');
    const missingRule = await pinpoint('segments', 'create', '--name', 'No rule');
    expect(missingRule.code).toBe(1);
    const list = jsonOf<{ name: string }[]>(
      await pinpoint('segments', 'list', '--no-sizes', '--json'),
    );
    expect(list.map((s) => s.name)).not.toContain(' ');
  });
});
