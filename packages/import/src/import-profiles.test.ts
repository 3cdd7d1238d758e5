import {
  ensureWorkspace,
  loadCatalog,
  saveCatalog,
  upsertProfiles,
  type Database,
} from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { Profile, profileIdFor } from '@pinpoint/domain';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../test/support/paths';
import { profileCount, profilesByExternalId, workspaceFingerprint } from '../test/support/stored';
import { removeTempFiles, tempDir, tempFile } from '../test/support/temp-files';
import { ImportError } from './import-error';
import { importProfiles } from './import-profiles';
import type { ImportProgress } from './import-summary';
import type { ImportMappingInput } from './mapping';

const people: ImportMappingInput = {
  id: { column: 'id' },
  attributes: {
    age: { type: 'number', create: true },
    city: { type: 'string', create: true },
  },
  channels: { email: { address: 'email', consent: 'consent' } },
};

const peopleCsv = (rows: string[]) => ['id,age,city,email,consent', ...rows].join('\n');

/** Rejects the import's call on failure, for matching an ImportError's code and outcome. */
async function failure(work: Promise<unknown>): Promise<ImportError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe.each(testTargets())('importProfiles on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let workspace = '';
  let runs = 0;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  }, 60_000);
  afterAll(async () => {
    await dispose();
    removeTempFiles();
  });
  beforeEach(() => {
    runs += 1;
    workspace = `ws${runs}`;
  });

  it('leaves the same profiles when the same file is imported twice', async () => {
    const first = await importProfiles(
      db,
      workspace,
      fixture('bad-lines.csv'),
      fixture('bad-lines.mapping.json'),
    );
    const before = await workspaceFingerprint(db, workspace);
    const second = await importProfiles(
      db,
      workspace,
      fixture('bad-lines.csv'),
      fixture('bad-lines.mapping.json'),
    );
    expect(await workspaceFingerprint(db, workspace)).toBe(before);
    // Seven good records (c17's long line fits the default limit), c1 twice: six profiles.
    expect([first.accepted, first.created, second.created, second.updated]).toEqual([7, 6, 0, 7]);
    expect(await profileCount(db, workspace)).toBe(6);
  });

  it('replaces the attributes and channels the mapping names and keeps every other fact', async () => {
    await ensureWorkspace(db, workspace);
    await saveCatalog(db, workspace, {
      attributes: [
        { key: 'tier', label: 'Tier', description: '', type: 'string', sensitive: 'none' },
      ],
      interests: [{ key: 'climate', label: 'Climate', description: '' }],
      eventTypes: [],
      scoreModels: [],
    });
    const id = profileIdFor('p1', workspace);
    await upsertProfiles(db, workspace, [
      Profile.parse({
        id,
        externalId: 'p1',
        attributes: { tier: 'gold', city: 'Old town' },
        interests: [{ topic: 'climate', affinity: 0.8 }],
        channels: [
          { channel: 'sms', address: '+49 170 1234567', consent: 'granted', consentAt: null },
        ],
      }),
    ]);
    const csv = tempFile('people.csv', peopleCsv(['p1,40,,p1@example.org,yes']));
    await importProfiles(db, workspace, csv, people);
    const p1 = (await profilesByExternalId(db, workspace)).get('p1');
    // `city` is mapped and blank: removed. `tier` is not mapped: kept, as are interests and sms.
    expect(p1?.attributes).toEqual({ tier: 'gold', age: 40 });
    expect(p1?.interests).toEqual([{ topic: 'climate', affinity: 0.8 }]);
    expect(p1?.channels.map((c) => [c.channel, c.address, c.consent])).toEqual([
      ['email', 'p1@example.org', 'granted'],
      ['sms', '+49 170 1234567', 'granted'],
    ]);
  });

  it('rolls everything back on a fatal error, batches already written included', async () => {
    const rows = Array.from({ length: 9 }, (_, i) => `p${i},${20 + i},Bonn,,`);
    const csv = tempFile('broken.csv', peopleCsv([...rows, 'p9,29,"Bonn,,', 'p10,30,Köln,,']));
    const catalogBefore = await loadCatalog(db, workspace);
    const error = await failure(importProfiles(db, workspace, csv, people, { batchSize: 2 }));
    expect(error.code).toBe('unterminated_quote');
    expect(error.line).toBe(11);
    expect(error.message).toContain('line 11: the quote opened in column "city" is never closed');
    expect(error.outcome).toEqual({ rolledBack: true, committed: 0 });
    expect(await profileCount(db, workspace)).toBe(0);
    expect(await loadCatalog(db, workspace)).toEqual(catalogBefore);
  });

  it('keeps the good records before a fatal error with partial', async () => {
    const rows = Array.from({ length: 9 }, (_, i) => `p${i},${20 + i},Bonn,,`);
    const csv = tempFile('broken.csv', peopleCsv([...rows, 'p9,29,"Bonn,,', 'p10,30,Köln,,']));
    const error = await failure(
      importProfiles(db, workspace, csv, people, { batchSize: 2, partial: true }),
    );
    expect(error.code).toBe('unterminated_quote');
    expect(error.outcome).toEqual({ rolledBack: false, committed: 9 });
    expect(await profileCount(db, workspace)).toBe(9);
    expect((await loadCatalog(db, workspace)).attributes.map((a) => a.key)).toEqual([
      'age',
      'city',
    ]);
  });

  it('rolls back when the database fails midway', async () => {
    const csv = tempFile(
      'people.csv',
      peopleCsv(Array.from({ length: 10 }, (_, i) => `p${i},${i},Bonn,,`)),
    );
    let copies = 0;
    const failing = failOnCopy(db, () => (copies += 1) === 3);
    const error = await failure(importProfiles(failing, workspace, csv, people, { batchSize: 2 }));
    expect(error.code).toBe('database');
    expect(error.message).toContain('the database refused the import: disk full');
    expect(await profileCount(db, workspace)).toBe(0);
  });

  it('refuses a mapping that names columns the file lacks, with a hint', async () => {
    const csv = tempFile('people.csv', 'ID,Age,town,email,consent\np1,40,Bonn,,');
    const error = await failure(importProfiles(db, workspace, csv, people));
    expect(error.code).toBe('missing_columns');
    expect(error.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'mapping.id.column: no column "id" in the header (did you mean "ID"?)',
      'mapping.attributes.age: no column "age" in the header (did you mean "Age"?)',
      'mapping.attributes.city: no column "city" in the header',
    ]);
  });

  it('suggests the delimiter when the header is one column', async () => {
    const csv = tempFile('people.csv', 'id;age;city;email;consent\np1;40;Bonn;;');
    const error = await failure(importProfiles(db, workspace, csv, people));
    expect(error.message).toContain('is the delimiter ";" rather than ","?');
  });

  it('refuses a file whose records are all malformed', async () => {
    const csv = tempFile(
      'people.csv',
      peopleCsv(Array.from({ length: 150 }, (_, i) => `p${i};${i};Bonn`)),
    );
    const error = await failure(importProfiles(db, workspace, csv, people));
    expect(error.code).toBe('not_csv');
    expect(error.message).toContain(
      'the first 100 records are malformed (line 2: expected 5 fields',
    );
  });

  it('refuses a binary file and a file that is not UTF-8', async () => {
    const binary = tempFile('people.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a]));
    expect((await failure(importProfiles(db, workspace, binary, people))).code).toBe('not_text');
    const latin1 = tempFile(
      'people.csv',
      Buffer.concat([
        Buffer.from(peopleCsv(['p1,40,K'])),
        Buffer.from([0xf6]),
        Buffer.from('ln,,'),
      ]),
    );
    const error = await failure(importProfiles(db, workspace, latin1, people));
    expect(error.code).toBe('not_text');
    expect(error.message).toContain('"encoding": "latin1"');
    const summary = await importProfiles(db, workspace, latin1, { ...people, encoding: 'latin1' });
    expect(summary.accepted).toBe(1);
    expect((await profilesByExternalId(db, workspace)).get('p1')?.attributes.city).toBe('Köln');
  });

  it('refuses an attribute that contradicts the catalog or is missing from it', async () => {
    const csv = tempFile('people.csv', peopleCsv(['p1,40,Bonn,,']));
    await importProfiles(db, workspace, csv, people);
    const error = await failure(
      importProfiles(db, workspace, csv, {
        ...people,
        attributes: {
          age: { type: 'string' },
          city: { type: 'string' },
          email: { type: 'string' },
        },
      }),
    );
    expect(error.code).toBe('catalog_conflict');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'mapping.attributes.age.type',
      'mapping.attributes.email',
    ]);
    expect(error.message).toContain(
      'the catalog\'s "age" is a number attribute; the mapping says string',
    );
  });

  it('infers types from a sample and learns enum values in order of appearance', async () => {
    const rows = [
      'id,score,vip,born,tier,note',
      'a,1.5,yes,2001-02-03,gold,x1',
      'b,2,no,1999-12-31,silver,x2',
    ];
    for (let i = 0; i < 10; i += 1)
      rows.push(`r${i},${i},no,2000-01-01,${i % 2 ? 'gold' : 'bronze'},n${i}`);
    const csv = tempFile('inferred.csv', rows.join('\n'));
    const attributes = Object.fromEntries(
      ['score', 'vip', 'born', 'tier', 'note'].map((key) => [key, { create: true }]),
    );
    const summary = await importProfiles(db, workspace, csv, { id: { column: 'id' }, attributes });
    expect(summary.catalog.created).toEqual([
      { key: 'score', type: 'number', inferred: true },
      { key: 'vip', type: 'boolean', inferred: true },
      { key: 'born', type: 'date', inferred: true },
      { key: 'tier', type: 'enum', inferred: true },
      { key: 'note', type: 'string', inferred: true },
    ]);
    const tier = (await loadCatalog(db, workspace)).attributes.find((a) => a.key === 'tier');
    expect(tier).toMatchObject({ type: 'enum', values: ['gold', 'silver', 'bronze'] });
  });

  it('reads a file without a header row, with its own delimiter, decimal comma and date format', async () => {
    const csv = tempFile('people.txt', 'p1;3,5;24.12.1990\np2;7;01.01.2000\n');
    const summary = await importProfiles(db, workspace, csv, {
      csv: { delimiter: ';', columns: ['id', 'score', 'born'] },
      id: { column: 'id' },
      dateFormat: 'DD.MM.YYYY',
      attributes: {
        score: { type: 'number', create: true, decimalSeparator: ',' },
        born: { type: 'date', create: true },
      },
    });
    expect([summary.records, summary.accepted, summary.lines]).toEqual([2, 2, 2]);
    const stored = await profilesByExternalId(db, workspace);
    expect(stored.get('p1')?.attributes).toEqual({ score: 3.5, born: '1990-12-24' });
  });

  it('stops before writing anything when the rejects file cannot be created', async () => {
    const csv = tempFile('people.csv', peopleCsv(['p1,40,Bonn,,']));
    const error = await failure(
      importProfiles(db, workspace, csv, people, {
        rejects: join(tempDir(), 'missing', 'rejects.csv'),
      }),
    );
    expect(error.code).toBe('rejects_unwritable');
    expect(await profileCount(db, workspace)).toBe(0);
  });

  it('reads NDJSON from a stream, rejecting lines that are not objects', async () => {
    const lines = [
      '{"id": "n1", "age": 31, "city": "Bonn", "email": "n1@example.org", "consent": true}',
      '',
      '{"id": "n2", "age": "old"}',
      '[1, 2]',
      '{"id": "n3", "age": null, "city": {"name": "Bonn"}}',
      '{"id": "n4"',
      '{"id": "n5", "age": "42"}',
    ];
    const progress: ImportProgress[] = [];
    const summary = await importProfiles(db, workspace, Readable.from([lines.join('\n')]), people, {
      format: 'ndjson',
      onProgress: (p) => progress.push(p),
    });
    expect(
      summary.firstRejects.map((r) => [r.line, r.problems[0]?.column, r.problems[0]?.code]),
    ).toEqual([
      [3, 'age', 'type_mismatch'],
      [4, null, 'not_an_object'],
      [5, 'city', 'type_mismatch'],
      [6, null, 'invalid_json'],
    ]);
    expect([summary.records, summary.accepted, summary.rejected, summary.blankLines]).toEqual([
      6, 2, 4, 1,
    ]);
    const stored = await profilesByExternalId(db, workspace);
    expect(stored.get('n1')?.channels[0]).toMatchObject({
      address: 'n1@example.org',
      consent: 'granted',
    });
    expect(stored.get('n5')?.attributes).toEqual({ age: 42 });
    expect(progress.at(-1)).toMatchObject({
      records: 6,
      accepted: 2,
      written: 2,
      bytesTotal: null,
    });
    expect(progress.at(-1)?.bytesRead).toBe(Buffer.byteLength(lines.join('\n')));
  });
});

/** The database, but `copyCsv` fails whenever `fail()` says so (a full disk, a lost server). */
function failOnCopy(db: Database, fail: () => boolean): Database {
  const wrap = (inner: Database): Database => ({
    ...inner,
    rows: (query) => inner.rows(query),
    exec: (text) => inner.exec(text),
    migrate: () => inner.migrate(),
    close: () => inner.close(),
    copyCsv: (table, columns, csv) =>
      fail() ? Promise.reject(new Error('disk full')) : inner.copyCsv(table, columns, csv),
    transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
  });
  return wrap(db);
}
