import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';

const mapping = {
  id: { column: 'crm_id' },
  attributes: {
    age: { type: 'number' },
    region: {},
    shoe_size: { type: 'number', create: true, label: 'Shoe size' },
  },
  channels: { email: { address: 'email', consent: 'optin' } },
};

// Line 1 is the header; lines 3 (age), 4 (region) and 6 (column count) are bad.
const CSV = [
  'crm_id,age,region,shoe_size,email,optin',
  'c-1,34,BY,42,one@example.org,yes',
  'c-2,old,BE,40,two@example.org,no',
  'c-3,51,XX,44,,',
  'c-4,29,NW,38,four@example.org,yes',
  'c-5,60,BY',
  'c-6,45,HE,43,six@example.org,yes',
  '',
].join('\n');

interface Summary {
  records: number;
  accepted: number;
  rejected: number;
  created: number;
  updated: number;
}

describe.each(testTargets())('pinpoint import on $name', (target) => {
  let database: TestDatabase;
  let dir: string;
  const pinpoint = (args: string[], stdin?: string) => runPinpoint(args, database.env, dir, stdin);
  const shoeWearers = async () =>
    jsonOf<{ size: number }>(await pinpoint(['count', '--rule-expr', 'shoe_size exists', '--json']))
      .size;

  beforeAll(async () => {
    database = await target.create();
    dir = database.dir;
    writeFileSync(join(dir, 'crm.csv'), CSV);
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify(mapping));
  });
  afterAll(() => database.dispose());

  it('imports the good records, reports each bad one by line and column, and writes them to a rejects file', async () => {
    const result = await pinpoint([
      'import',
      'crm.csv',
      '--mapping',
      'mapping.json',
      '--rejects',
      'rejects.csv',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('records         6 = 3 accepted + 3 rejected\n');
    expect(result.stdout).toContain('profiles        3 created, 0 updated\n');
    expect(result.stdout).toContain('new attributes  shoe_size (number)\n');
    expect(result.stdout).toMatch(/\n {2}line 3, column age: .+\n/);
    expect(result.stdout).toMatch(/\n {2}line 4, column region: .+\n/);
    expect(result.stdout).toMatch(/\n {2}line 6: .+\n/);
    const rejects = readFileSync(join(dir, 'rejects.csv'), 'utf8');
    expect(rejects.split('\n')[0]).toBe('line,column,code,reason,raw');
    expect(rejects).toContain('3,age,type_mismatch,');
    expect(await shoeWearers()).toBe(3);
    const preview = await pinpoint([
      'preview',
      '{{ profile.age }} {{ profile.shoe_size }}',
      '--profile',
      'c-4',
      '--json',
    ]);
    expect(jsonOf(preview)).toMatchObject({ externalId: 'c-4', text: '29 38' });
  });

  it('leaves the same profiles when the file is imported again, also from standard input', async () => {
    const again = await pinpoint(
      ['import', '-', '--mapping', 'mapping.json', '--format', 'csv', '--json'],
      CSV,
    );
    expect(again.code).toBe(0);
    expect(jsonOf<Summary>(again)).toMatchObject({
      records: 6,
      accepted: 3,
      rejected: 3,
      created: 0,
      updated: 3,
    });
    expect(await shoeWearers()).toBe(3);
  });

  it('rolls a file with a fatal problem back, unless --partial, and says what was kept', async () => {
    writeFileSync(
      join(dir, 'broken.csv'),
      'crm_id,age,region,shoe_size,email,optin\nc-7,30,BY,41,x@example.org,yes\nc-8,31,"BY,40,y@example.org,yes\nc-9,32,BE,39,z@example.org,yes\n',
    );
    const all = await pinpoint(['import', 'broken.csv', '--mapping', 'mapping.json']);
    expect(all.code).toBe(2);
    expect(all.stderr).toContain('nothing was imported');
    expect(await shoeWearers()).toBe(3);
    const partial = await pinpoint([
      'import',
      'broken.csv',
      '--mapping',
      'mapping.json',
      '--partial',
    ]);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain('records were kept (--partial)');
    expect(await shoeWearers()).toBe(4);
  });

  it('names mapping problems by path, and refuses a missing file or --api', async () => {
    writeFileSync(
      join(dir, 'bad-mapping.json'),
      JSON.stringify({
        ...mapping,
        id: { column: 'nope' },
        attributes: { age: { type: 'numeric' } },
      }),
    );
    const bad = await pinpoint(['import', 'crm.csv', '--mapping', 'bad-mapping.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('attributes.age.type');
    const missing = await pinpoint(['import', 'nowhere.csv', '--mapping', 'mapping.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere.csv');
    const api = await pinpoint([
      'import',
      'crm.csv',
      '--mapping',
      'mapping.json',
      '--api',
      'http://127.0.0.1:4000',
    ]);
    expect(api.code).toBe(1);
    expect(api.stderr).toContain('`pinpoint import` works on a database, not through --api');
  });
});
