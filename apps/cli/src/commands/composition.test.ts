import { compositionOf, type SegmentRule } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';
import { AS_OF, referencePopulation } from '../testing/test-population';

const { profiles, context } = referencePopulation();

describe.each(testTargets())('pinpoint composition on $name', (target) => {
  let database: TestDatabase;
  const composition = (...args: string[]) =>
    runPinpoint(['composition', ...args, '--as-of', AS_OF], database.env);

  beforeAll(async () => {
    database = await target.create();
  });
  afterAll(() => database.dispose());

  it('breaks a segment down by an attribute with shares and lift, as the reference does', async () => {
    const rule: SegmentRule = { segment: { id: DEMO_SEGMENT_IDS.lapsedDonors } };
    const reference = compositionOf(profiles, rule, 'region', context);
    if (!reference.ok) throw new Error('reference failed');
    const result = await composition('Lapsed donors', '--by', 'region', '--json');
    expect(result.code).toBe(0);
    expect(jsonOf(result)).toEqual({
      attribute: { key: 'region', label: 'Federal state', type: 'enum', unit: null },
      segmentSize: reference.value.segmentSize,
      population: reference.value.population,
      rows: reference.value.rows,
      asOf: '2026-06-01T00:00:00.000Z',
    });
  });

  it('buckets numbers at the edges given, for a rule too', async () => {
    const rule: SegmentRule = { reachable: { channel: 'sms' } };
    const reference = compositionOf(profiles, rule, 'age', context, { edges: [18, 40, 65, 96] });
    if (!reference.ok) throw new Error('reference failed');
    const result = await composition(
      '--rule-expr',
      'reachable(sms)',
      '--by',
      'age',
      '--buckets',
      '18,40,65,96',
    );
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      `rule by Age (age): ${reference.value.segmentSize} members of 400 profiles, as of 2026-06-01`,
    );
    expect(lines[1]).toMatch(/^AGE\s+MEMBERS\s+SHARE\s+POPULATION\s+SHARE\s+LIFT$/);
    expect(lines[2]).toMatch(/^\[18, 40\)\s+\d+\s+\d+\.\d %\s+\d+\s+\d+\.\d %\s+(\d+|–)$/);
  });

  it('names the argument at fault', async () => {
    const unknown = await composition('Lapsed donors', '--by', 'shoe_size');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown attribute "shoe_size"');
    const buckets = await composition('Lapsed donors', '--by', 'age', '--buckets', '50,20');
    expect(buckets.code).toBe(2);
    expect(buckets.stderr).toMatch(/buckets.*: /);
    expect((await composition('Lapsed donors')).code).toBe(1);
  });
});
