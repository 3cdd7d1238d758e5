import { matches, type SegmentRule } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';
import { AS_OF, referencePopulation, TEST_SIZE } from '../testing/test-population';

const { profiles, context } = referencePopulation();
const sizeOf = (rule: SegmentRule) => profiles.filter((p) => matches(p, rule, context)).length;

const youngAndEmailable: SegmentRule = {
  and: [
    { attribute: { key: 'age', op: 'between', min: 18, max: 34 } },
    { reachable: { channel: 'email' } },
  ],
};

describe.each(testTargets())('pinpoint count on $name', (target) => {
  let database: TestDatabase;
  const count = (...args: string[]) =>
    runPinpoint(['count', ...args, '--as-of', AS_OF], database.env);

  beforeAll(async () => {
    database = await target.create();
  });
  afterAll(() => database.dispose());

  it('counts a saved segment by name or id, as the reference evaluator does', async () => {
    const expected = sizeOf({ segment: { id: DEMO_SEGMENT_IDS.lapsedDonors } });
    const byName = await count('lapsed donors', '--json');
    expect(byName.code).toBe(0);
    expect(jsonOf(byName)).toEqual({
      size: expected,
      population: TEST_SIZE,
      share: expected / TEST_SIZE,
      asOf: '2026-06-01T00:00:00.000Z',
    });
    const byId = await count(DEMO_SEGMENT_IDS.lapsedDonors);
    expect(byId.stdout).toBe(
      `Lapsed donors: ${expected} of ${TEST_SIZE} profiles (${((expected / TEST_SIZE) * 100).toFixed(1)} %), as of 2026-06-01\n`,
    );
  });

  it('counts a rule from a file (relative to the working directory), inline JSON or an expression', async () => {
    const dir = database.dir;
    writeFileSync(join(dir, 'young.json'), JSON.stringify(youngAndEmailable));
    const expected = sizeOf(youngAndEmailable);
    const fromFile = await runPinpoint(
      ['count', '--rule', 'young.json', '--as-of', AS_OF, '--json'],
      database.env,
      dir,
    );
    expect(jsonOf(fromFile)).toMatchObject({ size: expected });
    const inline = await count('--rule', JSON.stringify(youngAndEmailable), '--json');
    expect(jsonOf(inline)).toMatchObject({ size: expected });
    const expression = await count(
      '--rule-expr',
      'age between 18 and 34 and reachable(email)',
      '--json',
    );
    expect(jsonOf(expression)).toMatchObject({ size: expected });
  });

  it('names every problem of an invalid rule by its path, with exit code 2', async () => {
    const result = await count(
      '--rule-expr',
      'region = XX and interest(gardening) >= 2 and shoe_size > 40',
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error: the rule is not valid:');
    expect(result.stderr).toContain(
      '  rule.and[0].attribute.value: value "XX" is not allowed for attribute "region"',
    );
    expect(result.stderr).toContain('  rule.and[1].interest.minAffinity:');
    expect(result.stderr).toContain('  rule.and[2].attribute.key: unknown attribute "shoe_size"');
  });

  it('gives the issues as JSON with --json', async () => {
    const result = await count('--rule', '{"and": []}', '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stderr)).toEqual({
      error: {
        kind: 'invalid',
        message: 'the rule is not valid:',
        issues: [{ path: 'rule.and', code: 'empty_group', message: expect.any(String) as string }],
        hint: null,
      },
    });
  });

  it('points at a syntax error in an expression', async () => {
    const result = await count('--rule-expr', 'age >= 18 and and');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: --rule-expr, column 15: expected a condition');
    expect(result.stderr).toContain('  age >= 18 and and\n                ^');
  });

  it('answers 3 for a segment that does not exist and 1 for a wrong command line', async () => {
    const missing = await count('No such segment');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('error: no segment with id or name "No such segment"');
    const unknownId = await count('5e600000-0000-4000-8000-00000000dead');
    expect(unknownId.code).toBe(3);
    expect((await count()).code).toBe(1);
    const both = await count('Lapsed donors', '--rule-expr', 'age > 1');
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('give a segment or a rule (--rule, --rule-expr), not both');
    const badDate = await runPinpoint(['count', 'x', '--as-of', 'June'], database.env);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain("option '--as-of <date>' argument 'June' is invalid");
    const noFile = await count('--rule', 'nowhere.json');
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain('cannot read the rule file');
  });
});
