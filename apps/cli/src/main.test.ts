import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runPinpoint, spawnPinpoint } from './testing/run-pinpoint';
import { testTargets, type TestDatabase } from './testing/test-databases';
import { AS_OF } from './testing/test-population';

describe('the pinpoint binary', () => {
  it('explains itself and every command, with examples and exit codes', async () => {
    const help = await spawnPinpoint(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: pinpoint [options] [command]');
    for (const command of ['segments', 'count', 'overlap', 'composition', 'reach', 'preview', 'db'])
      expect(help.stdout).toContain(`\n  ${command} `);
    expect(help.stdout).toContain(
      'Exit codes: 0 ok, 1 usage, 2 invalid input, 3 not found, 4 database or API unavailable',
    );
    const count = await runPinpoint(['count', '--help']);
    expect(count.code).toBe(0);
    expect(count.stdout).toContain('Examples:\n  pinpoint count "Lapsed donors"');
    expect(count.stdout).toContain('--rule-expr TEXT');
    expect(count.stdout).toContain('--json');
  });

  it('answers 1 for an unknown command, with a suggestion', async () => {
    const result = await runPinpoint(['cuont']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error: unknown command 'cuont'");
    expect(result.stderr).toContain('(Did you mean count?)');
    const bare = await runPinpoint([]);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('Usage: pinpoint [options] [command]');
  });

  it('answers 4 when there is no database, saying how to make one', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'pinpoint-cli-none-'));
    const nowhere = join(empty, 'pglite');
    const result = await spawnPinpoint(['count', 'Lapsed donors'], { PINPOINT_DATA_DIR: nowhere });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`error: there is no embedded database at ${nowhere} yet`);
    expect(result.stderr).toContain('hint: create it with `pinpoint db seed`');
    rmSync(empty, { recursive: true, force: true });
    const server = await runPinpoint(['segments', 'list'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/pinpoint',
    });
    expect(server.code).toBe(4);
    expect(server.stderr).toContain(
      'error: cannot reach the PostgreSQL server at 127.0.0.1:1/pinpoint (DATABASE_URL) (ECONNREFUSED)',
    );
  });
});

describe.each(testTargets())('the pinpoint binary on $name', (target) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await target.create();
  });
  afterAll(() => database.dispose());

  it('prints only the JSON document on stdout with --json', async () => {
    const result = await spawnPinpoint(
      ['count', '--rule-expr', 'age >= 65', '--as-of', AS_OF, '--json'],
      database.env,
    );
    expect(result.code).toBe(0);
    expect(jsonOf(result)).toMatchObject({ population: 400, asOf: '2026-06-01T00:00:00.000Z' });
  });

  it('reads files relative to where `pnpm pinpoint` was typed, not where pnpm runs it', async () => {
    const typedIn = join(database.dir, 'typed-in');
    mkdirSync(typedIn);
    writeFileSync(
      join(typedIn, 'rule.json'),
      JSON.stringify({ attribute: { key: 'age', op: 'gte', value: 65 } }),
    );
    const elsewhere = join(database.dir, 'elsewhere');
    mkdirSync(elsewhere);
    const viaScript = await spawnPinpoint(
      ['count', '--rule', 'rule.json', '--as-of', AS_OF, '--json'],
      { ...database.env, INIT_CWD: typedIn, npm_lifecycle_event: 'pinpoint' },
      elsewhere,
    );
    expect(viaScript.code).toBe(0);
    const direct = await runPinpoint(
      ['count', '--rule-expr', 'age >= 65', '--as-of', AS_OF, '--json'],
      database.env,
    );
    expect(jsonOf(viaScript)).toEqual(jsonOf(direct));
    // Another script's INIT_CWD (a test run's, say) is not where the user is.
    const otherScript = await spawnPinpoint(
      ['count', '--rule', 'rule.json'],
      { ...database.env, INIT_CWD: typedIn, npm_lifecycle_event: 'test' },
      elsewhere,
    );
    expect(otherScript.code).toBe(1);
  });

  it('exits with the code of the failure', async () => {
    const invalid = await spawnPinpoint(['count', '--rule-expr', 'region = XX'], database.env);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('rule.attribute.value: value "XX" is not allowed');
    const missing = await runPinpoint(['segments', 'show', 'Nobody'], database.env);
    expect(missing.code).toBe(3);
  });
});
