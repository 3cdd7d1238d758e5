import { overlapOf, type SegmentRule } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';
import { AS_OF, referencePopulation } from '../testing/test-population';

const { profiles, context } = referencePopulation();
const ids = [
  DEMO_SEGMENT_IDS.lapsedDonors,
  DEMO_SEGMENT_IDS.lapsedDonorsByEmail,
  DEMO_SEGMENT_IDS.youngUrbanClimate,
];

describe.each(testTargets())('pinpoint overlap on $name', (target) => {
  let database: TestDatabase;
  const overlap = (...args: string[]) => runPinpoint(['overlap', ...args], database.env);

  beforeAll(async () => {
    database = await target.create();
  });
  afterAll(() => database.dispose());

  it('gives sizes, intersections and union as the reference does', async () => {
    const reference = overlapOf(
      profiles,
      ids.map((id): SegmentRule => ({ segment: { id } })),
      context,
    );
    if (!reference.ok) throw new Error('reference failed');
    const result = await overlap(
      'Lapsed donors',
      ids[1]!,
      'young urban climate-minded',
      '--as-of',
      AS_OF,
      '--json',
    );
    expect(result.code).toBe(0);
    expect(jsonOf(result)).toEqual({
      segments: [
        { id: ids[0], name: 'Lapsed donors' },
        { id: ids[1], name: 'Lapsed donors reachable by email' },
        { id: ids[2], name: 'Young urban climate-minded' },
      ],
      ...reference.value,
      asOf: '2026-06-01T00:00:00.000Z',
    });
  });

  it('prints a matrix with the union below', async () => {
    const result = await overlap(
      'Lapsed donors',
      'Lapsed donors reachable by email',
      '--as-of',
      AS_OF,
    );
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^#\s+SEGMENT\s+SIZE\s+∩ #1\s+∩ #2$/);
    expect(lines[1]).toMatch(/^1\s+Lapsed donors\s+\d+\s+\d+$/);
    expect(lines[3]).toMatch(/^union: \d+ of 400 profiles \(\d+\.\d %\), as of 2026-06-01$/);
  });

  it('refuses unknown segments (3) and more than twenty (1)', async () => {
    const unknown = await overlap('Lapsed donors', 'Nobody');
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('no segment with id or name "Nobody"');
    const many = await overlap(...Array.from({ length: 21 }, () => ids[0]!));
    expect(many.code).toBe(1);
    expect(many.stderr).toContain('overlap compares 1 to 20 segments, got 21');
  });
});
