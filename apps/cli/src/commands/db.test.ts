import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';

describe.each(testTargets())('pinpoint db on $name', (target) => {
  let database: TestDatabase;
  const pinpoint = (...args: string[]) => runPinpoint(args, database.env);

  beforeAll(async () => {
    database = await target.create({ seeded: false });
  });
  afterAll(() => database.dispose());

  it('migrates (again, harmlessly) and says where', async () => {
    const result = await pinpoint('db', 'migrate');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      target.name === 'pglite'
        ? /^migrated the embedded database at .+pglite\n$/
        : /^migrated the PostgreSQL server at 127\.0\.0\.1:\d+\/pinpoint_cli_test_\w+ \(DATABASE_URL\)\n$/,
    );
  });

  it('seeds an empty workspace once, then leaves it alone', async () => {
    const first = await pinpoint(
      'db',
      'seed',
      '--size',
      '60',
      '--seed',
      '3',
      '--as-of',
      '2026-06-01',
      '--json',
    );
    expect(first.code).toBe(0);
    expect(jsonOf(first)).toEqual({ seeded: true, profiles: 60 });
    const again = await pinpoint('db', 'seed', '--size', '500');
    expect(again.stdout).toBe('already seeded (60 profiles); nothing to do\n');
    const segments = jsonOf<unknown[]>(await pinpoint('segments', 'list', '--json'));
    expect(segments).toHaveLength(7);
  });

  it('refuses to work through an API, and bad sizes', async () => {
    const api = await pinpoint('db', 'seed', '--api', 'http://127.0.0.1:4000/graphql');
    expect(api.code).toBe(1);
    expect(api.stderr).toContain('`pinpoint db` works on a database, not through --api');
    expect((await pinpoint('db', 'seed', '--size', '0')).code).toBe(1);
    expect((await pinpoint('db', 'drop')).code).toBe(1);
  });

  it.runIf(target.name === 'pglite')(
    'refuses an embedded database another process has open, and says what to do',
    async () => {
      const holder = await database.open();
      try {
        const result = await pinpoint('segments', 'list');
        expect(result.code).toBe(4);
        expect(result.stderr).toMatch(/in use by process \d+/);
        expect(result.stderr).toContain('--api');
      } finally {
        await holder.close();
      }
      expect((await pinpoint('segments', 'list')).code).toBe(0);
    },
  );
});
