import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFiles, tempDir } from '../test/support/temp-files';
import { ImportError } from './import-error';
import { loadMapping, parseMapping } from './mapping-load';

function issuesOf(input: unknown) {
  try {
    parseMapping(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('invalid_mapping');
    return (error as ImportError).issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  throw new Error('expected the mapping to be refused');
}

describe('parseMapping', () => {
  it('fills in defaults', () => {
    const mapping = parseMapping({ id: { column: 'id' }, attributes: { age: { type: 'number' } } });
    expect(mapping).toMatchObject({
      trim: true,
      missing: [''],
      dateFormat: 'YYYY-MM-DD',
      csv: { delimiter: ',' },
    });
    expect(mapping.attributes.age).toMatchObject({ create: false, type: 'number' });
  });

  it('names each problem by its path', () => {
    const issues = issuesOf({
      id: { column: '' },
      attributes: {
        Age: { type: 'number' },
        city: { type: 'text' },
        sex: { type: 'number', values: ['m'] },
        born: { type: 'date', dateFormat: 'MM/YYYY' },
        region: { colum: 'region' },
      },
      channels: { fax: { address: 'fax' } },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^mapping\.id/),
        expect.stringMatching(/^mapping\.attributes\.Age: expected a snake_case key/),
        expect.stringMatching(/^mapping\.attributes\.city\.type: /),
        'mapping.attributes.sex.values: only enum attributes have a list of values; this one is a number',
        expect.stringMatching(
          /^mapping\.attributes\.born\.dateFormat: expected a date format with a year/,
        ),
        expect.stringMatching(/^mapping\.attributes\.region: .*colum/),
        'mapping.channels: Unrecognized key: "fax"',
      ]),
    );
  });
});

describe('loadMapping', () => {
  afterAll(removeTempFiles);

  it('says when the file is not JSON', async () => {
    const dir = tempDir();
    const path = join(dir, 'mapping.json');
    writeFileSync(path, '{ "id": ');
    await expect(loadMapping(path)).rejects.toThrow(/is not valid JSON/);
    await expect(loadMapping(join(dir, 'absent.json'))).rejects.toThrow(
      /cannot read the mapping file/,
    );
  });
});
