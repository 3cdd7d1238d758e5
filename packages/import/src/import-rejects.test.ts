import type { Database } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../test/support/paths';
import { profilesByExternalId } from '../test/support/stored';
import { removeTempFiles, tempDir } from '../test/support/temp-files';
import { importProfiles } from './import-profiles';
import type { ImportSummary } from './import-summary';

/** Every reject of bad-lines.csv: line, column (null: the whole record) and reason code. */
const EXPECTED_REJECTS = [
  [3, 'age', 'type_mismatch'],
  [4, 'gender', 'value_not_allowed'],
  [5, null, 'wrong_column_count'],
  [6, 'joined', 'type_mismatch'],
  [7, 'gender', 'unterminated_quote'],
  [9, 'member', 'type_mismatch'],
  [10, 'email', 'invalid_address'],
  [11, 'email_consent', 'invalid_consent'],
  [12, 'id', 'missing_id'],
  [13, 'city', 'invalid_quote'],
  [14, 'age', 'invalid_quote'],
  [18, 'email_consent_at', 'type_mismatch'],
  [21, 'age', 'type_mismatch'],
  [21, 'gender', 'value_not_allowed'],
  [21, 'member', 'type_mismatch'],
  [23, null, 'record_too_long'],
] as const;

describe.each(testTargets())('rejected records on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let summary: ImportSummary;
  let rejectsFile: string;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    rejectsFile = join(tempDir(), 'rejects.csv');
    summary = await importProfiles(
      db,
      'shop',
      fixture('bad-lines.csv'),
      fixture('bad-lines.mapping.json'),
      {
        rejects: rejectsFile,
        maxRecordLength: 200,
      },
    );
  }, 60_000);
  afterAll(async () => {
    await dispose();
    removeTempFiles();
  });

  it('reports each bad record with its line, column and reason', () => {
    const problems = summary.firstRejects.flatMap((reject) =>
      reject.problems.map((problem) => [reject.line, problem.column, problem.code]),
    );
    expect(problems).toEqual(EXPECTED_REJECTS);
  });

  it('explains each reason so that a person can fix the line', () => {
    const message = (line: number, column: string | null) =>
      summary.firstRejects
        .find((reject) => reject.line === line)
        ?.problems.find((problem) => problem.column === column)?.message;
    expect(message(3, 'age')).toBe('expected a number for attribute "age", found "abc"');
    expect(message(4, 'gender')).toBe(
      '"X" is not one of the values of attribute "gender" (female, male, diverse)',
    );
    expect(message(5, null)).toBe('expected 9 fields (as in the header), found 5');
    expect(message(6, 'joined')).toBe(
      'expected a date written DD.MM.YYYY for attribute "joined_on", found "31.02.2020"',
    );
    expect(message(7, 'gender')).toBe(
      'the quote opened in column "gender" is not closed on this line',
    );
    expect(message(12, 'id')).toBe('the external id (column "id") is missing');
    expect(message(14, 'age')).toContain('"x" follows the closing quote');
  });

  it('counts every record once: accepted + rejected = records', () => {
    expect(summary).toMatchObject({
      records: 20,
      accepted: 6,
      rejected: 14,
      lines: 23,
      blankLines: 1,
      created: 5,
      updated: 1,
    });
    expect(summary.accepted + summary.rejected).toBe(summary.records);
    expect(summary.rejectsByCode).toMatchObject({
      type_mismatch: 6,
      value_not_allowed: 2,
      invalid_quote: 2,
    });
  });

  it('writes the rejects file: one row per problem with line, column, code, reason and raw text', () => {
    const rows = parse<Record<string, string>>(readFileSync(rejectsFile), { columns: true });
    expect(
      rows.map((row) => [Number(row.line), row.column === '' ? null : row.column, row.code]),
    ).toEqual(EXPECTED_REJECTS);
    expect(rows[0]).toMatchObject({ raw: 'c2,abc,M,no,15.03.2019,Hamburg,,,' });
    expect(rows.every((row) => row.reason && row.reason.length > 10)).toBe(true);
  });

  it('imports the good records with mapped, trimmed and typed values, the last of two ids winning', async () => {
    const stored = await profilesByExternalId(db, 'shop');
    expect([...stored.keys()].sort()).toEqual(['c1', 'c13', 'c15', 'c2', 'c7']);
    expect(stored.get('c1')).toMatchObject({
      attributes: {
        age: 35,
        gender: 'female',
        member: true,
        joined_on: '2020-02-01',
        city: 'Berlin',
      },
      channels: [
        {
          channel: 'email',
          address: 'ann@example.org',
          consent: 'denied',
          consentAt: new Date('2024-02-05T10:00:00Z'),
        },
      ],
    });
    expect(stored.get('c7')?.attributes).toEqual({
      age: 27,
      gender: 'male',
      member: false,
      joined_on: '2021-02-02',
      city: 'Dresden, Altstadt',
    });
    expect(stored.get('c13')?.attributes).toEqual({
      age: 61,
      gender: 'male',
      member: false,
      city: 'Multi\nline city',
    });
    expect(stored.get('c13')?.channels).toEqual([
      {
        channel: 'email',
        address: 'c13@example.org',
        consent: 'granted',
        consentAt: new Date('2023-05-01T00:00:00Z'),
      },
    ]);
    expect(stored.get('c15')).toMatchObject({ attributes: { gender: 'diverse' }, channels: [] });
  });
});
