import { loadCatalog, type Database } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { sql } from 'drizzle-orm';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adultCsv, adultMapping } from '../test/support/paths';
import { importProfiles } from './import-profiles';
import type { ImportSummary } from './import-summary';

/**
 * What the Adult file holds, counted here with plain string splitting (no CSV parser, nothing
 * of Pinpoint): the file has no quotes, a header row, ", " between fields and blank lines at
 * the end.
 */
function countAdult() {
  const [header = '', ...lines] = readFileSync(adultCsv, 'utf8').split('\n');
  const columns = header.split(',').map((name) => name.trim());
  const rows = lines
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',').map((field) => field.trim()));
  const column = (name: string) => rows.map((row) => row[columns.indexOf(name)] ?? '');
  const countOf = (values: string[], value: string) => values.filter((v) => v === value).length;
  return {
    rows: rows.length,
    unknown: {
      workclass: countOf(column('workclass'), '?'),
      occupation: countOf(column('occupation'), '?'),
      native_country: countOf(column('native-country'), '?'),
    },
    sex: { male: countOf(column('sex'), 'Male'), female: countOf(column('sex'), 'Female') },
    income: { low: countOf(column('Salary'), '<=50K'), high: countOf(column('Salary'), '>50K') },
    ageSum: column('age').reduce((sum, age) => sum + Number(age), 0),
    educations: new Set(column('education')),
  };
}

describe.skipIf(!existsSync(adultCsv)).each(testTargets())(
  'the Adult census extract on $name',
  (target) => {
    let db: Database;
    let dispose: () => Promise<void>;
    let summary: ImportSummary;
    const expected = existsSync(adultCsv) ? countAdult() : null;

    beforeAll(async () => {
      ({ db, dispose } = await target.open());
      summary = await importProfiles(db, 'adult', adultCsv, adultMapping);
    }, 240_000);
    afterAll(async () => dispose());

    it('imports every row, rejecting none', () => {
      expect(summary.records).toBe(expected?.rows);
      expect(summary.accepted).toBe(expected?.rows);
      expect(summary.rejected).toBe(0);
      expect(summary.created).toBe(expected?.rows);
    });

    it('stores "?" as missing and the other values mapped and typed', async () => {
      const [stored] = await db.rows<Record<string, number>>(sql`
      select count(*)::int as rows,
        count(*) filter (where not attributes ? 'workclass')::int as workclass,
        count(*) filter (where not attributes ? 'occupation')::int as occupation,
        count(*) filter (where not attributes ? 'native_country')::int as native_country,
        count(*) filter (where attributes->>'sex' = 'male')::int as male,
        count(*) filter (where attributes->>'sex' = 'female')::int as female,
        count(*) filter (where attributes->>'income' = '<=50K')::int as low,
        count(*) filter (where attributes->>'income' = '>50K')::int as high,
        sum((attributes->>'age')::numeric)::float8 as age_sum,
        count(*) filter (where jsonb_typeof(attributes->'age') = 'number')::int as numeric_ages
      from profiles where workspace_id = 'adult'`);
      expect(stored).toEqual({
        rows: expected?.rows,
        ...expected?.unknown,
        ...expected?.sex,
        ...expected?.income,
        age_sum: expected?.ageSum,
        numeric_ages: expected?.rows,
      });
    });

    it('creates the catalog attributes, with the enum values found in the file', async () => {
      const catalog = await loadCatalog(db, 'adult');
      const types = Object.fromEntries(
        catalog.attributes.map((attribute) => [attribute.key, attribute.type]),
      );
      expect(types).toEqual({
        age: 'number',
        workclass: 'enum',
        education: 'enum',
        education_num: 'number',
        marital_status: 'enum',
        occupation: 'enum',
        relationship: 'enum',
        race: 'enum',
        sex: 'enum',
        capital_gain: 'number',
        capital_loss: 'number',
        hours_per_week: 'number',
        native_country: 'enum',
        income: 'enum',
      });
      const education = catalog.attributes.find((attribute) => attribute.key === 'education');
      expect(new Set(education?.type === 'enum' ? education.values : [])).toEqual(
        expected?.educations,
      );
    });
  },
);
