import { secretsFrom } from '@pinpoint/db';
import { appendAudit, auditPseudonym, queryAudit, readProfiles } from '@pinpoint/db';
import { DEFAULT_WORKSPACE_ID as WS, type Profile } from '@pinpoint/domain';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../testing/api-server';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';
import { referencePopulation } from '../testing/test-population';

const { profiles } = referencePopulation();
const [ada, bob, cleo] = [profiles[3]!, profiles[5]!, profiles[8]!];
/** A server install's secret; the embedded one makes its own beside its data folder. */
const SERVER_SECRET = 'profiles-test-secret-0123456789abcdef';

describe.each(testTargets())('pinpoint profiles erase on $name', (target) => {
  let database: TestDatabase;
  let env: Record<string, string>;
  const erase = (...args: string[]) =>
    runPinpoint(['profiles', 'erase', ...args], env, database.dir);

  /** The pseudonym the API would give `profile`, from the secret this install uses. */
  const pseudonymOf = (profile: Profile) => {
    const secret =
      env.PINPOINT_SECRET ?? readFileSync(`${env.PINPOINT_DATA_DIR}.secret`, 'utf8').trim();
    return auditPseudonym(secretsFrom(secret).derive('audit-pseudonym', WS), profile.id);
  };

  /** Opens the database for a look (closed again: PGlite has one user at a time). */
  const inspect = async <T>(
    look: (db: Awaited<ReturnType<TestDatabase['open']>>) => Promise<T>,
  ) => {
    const db = await database.open();
    try {
      return await look(db);
    } finally {
      await db.close();
    }
  };

  beforeAll(async () => {
    database = await target.create();
    env =
      target.name === 'postgres'
        ? { ...database.env, PINPOINT_SECRET: SERVER_SECRET }
        : database.env;
    await inspect(async (db) => {
      for (const person of [ada, bob, cleo])
        await appendAudit(db, WS, { actorKind: 'cli', operation: 'preview', subject: person.id });
    });
  });
  afterAll(() => database.dispose());

  it('erases a person by external id, leaving a pseudonym in the audit log', async () => {
    const result = await erase(ada.externalId, '--json');
    expect(result.code).toBe(0);
    const pseudonym = pseudonymOf(ada);
    expect(jsonOf(result)).toEqual({ erased: true, pseudonym });
    await inspect(async (db) => {
      expect((await readProfiles(db, WS, [ada.id, bob.id])).has(ada.id)).toBe(false);
      const { entries } = await queryAudit(db, WS, { limit: 100 });
      expect(entries.filter((e) => e.subject === pseudonym).map((e) => e.operation)).toEqual([
        'erasure',
        'preview',
      ]);
      expect(entries[0]).toMatchObject({ actorKind: 'cli', actorId: null, operation: 'erasure' });
      expect(JSON.stringify(entries)).not.toContain(ada.id);
    });
  });

  it('answers 3 the second time, and for anyone it does not know', async () => {
    const again = await erase(ada.externalId);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain(`error: no profile with external id "${ada.externalId}"`);
    expect(again.stderr).toContain('hint: it may have been erased already');
    const json = await erase(ada.id, '--json');
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stderr)).toMatchObject({ error: { kind: 'notFound' } });
    // A UUID is an id unless told otherwise.
    expect((await erase(bob.id, '--external-id')).code).toBe(3);
    expect((await erase('')).code).toBe(1);
  });

  it('erases by Pinpoint id, in words for people', async () => {
    const result = await erase(bob.id);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `erased the profile with id "${bob.id}"\naudit pseudonym  ${pseudonymOf(bob)}\n`,
    );
  });

  it('explains itself with --help', async () => {
    const help = await runPinpoint(['profiles', 'erase', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('GDPR Art. 17');
    expect(help.stdout).toContain('pinpoint profiles erase P000000042');
    expect(help.stdout).toContain('Exit codes: 0 erased, 3 no such profile');
  });

  it('erases through the API, under the same pseudonym the database path gives', async () => {
    const api = await startApi(env);
    try {
      const ask = (...args: string[]) =>
        runPinpoint(['--api', api.url, 'profiles', 'erase', ...args], env, database.dir);
      const result = await ask(cleo.externalId, '--json');
      expect(result.code).toBe(0);
      expect(jsonOf(result)).toEqual({ erased: true, pseudonym: pseudonymOf(cleo) });
      const again = await ask(cleo.id);
      expect(again.code).toBe(3);
      expect(again.stderr).toContain(`no profile with id "${cleo.id}"`);
    } finally {
      await api.stop();
    }
    await inspect(async (db) => {
      expect((await readProfiles(db, WS, [cleo.id])).size).toBe(0);
      const [latest] = (await queryAudit(db, WS, { limit: 1 })).entries;
      expect(latest).toMatchObject({ actorKind: 'local', subject: pseudonymOf(cleo) });
    });
  });
});
