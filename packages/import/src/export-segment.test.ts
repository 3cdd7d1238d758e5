import type { Database } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { parse } from 'csv-parse/sync';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempFiles, tempFile } from '../test/support/temp-files';
import { ExportError, exportSegment, type ExportOptions } from './export-segment';
import { importProfiles } from './import-profiles';

const header = 'id,age,vip,city,email,email_consent,sms,sms_consent';
const people = Array.from({ length: 23 }, (_, i) => {
  const email = i % 3 === 0 ? `p${i}@example.org` : '';
  const consent = i % 2 === 0 ? 'yes' : 'no';
  return `p${i},${20 + i},${i % 4 === 0 ? 'yes' : 'no'},${i === 5 ? '"Bonn, Süd"' : 'Köln'},${email},${consent},+49 170 ${1000 + i},yes`;
});

/** Collects what is written, and is slow to take it (every write reports a full buffer). */
class SlowSink extends Writable {
  text = '';
  constructor() {
    super({ highWaterMark: 1 });
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    setImmediate(done);
  }
}

describe.each(testTargets())('exportSegment on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;
  const run = async (rule: unknown, options: Partial<ExportOptions>) => {
    const out = new SlowSink();
    const summary = await exportSegment(
      db,
      'shop',
      rule as never,
      {
        format: 'csv',
        attributes: ['age', 'vip', 'city'],
        channels: true,
        pageSize: 4,
        ...options,
      },
      out,
    );
    return { summary, text: out.text };
  };

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    const csv = tempFile('people.csv', [header, ...people].join('\n'));
    await importProfiles(db, 'shop', csv, {
      id: { column: 'id' },
      attributes: {
        age: { type: 'number', create: true },
        vip: { type: 'boolean', create: true },
        city: { type: 'string', create: true },
      },
      channels: {
        email: { address: 'email', consent: 'email_consent' },
        sms: { address: 'sms', consent: 'sms_consent' },
      },
    });
  }, 60_000);
  afterAll(async () => {
    await dispose();
    removeTempFiles();
  });

  it('writes every member as CSV across keyset pages, with reachable addresses only', async () => {
    const { summary, text } = await run({ attribute: { key: 'age', op: 'lt', value: 40 } }, {});
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(summary.rows).toBe(20);
    expect(rows).toHaveLength(20);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'id',
      'external_id',
      'age',
      'vip',
      'city',
      'email_address',
      'sms_address',
      'push_address',
      'post_address',
      'phone_address',
    ]);
    expect(new Set(rows.map((row) => row.external_id))).toEqual(
      new Set(people.slice(0, 20).map((line) => line.split(',')[0])),
    );
    expect([...rows.map((row) => row.id)].sort()).toEqual(rows.map((row) => row.id));
    const p6 = rows.find((row) => row.external_id === 'p6');
    // p6: email given with consent → exported; p3: email given, consent denied → not exported.
    expect(p6).toMatchObject({
      age: '26',
      vip: 'false',
      city: 'Köln',
      email_address: 'p6@example.org',
      sms_address: '+49 170 1006',
    });
    expect(rows.find((row) => row.external_id === 'p3')).toMatchObject({
      email_address: '',
      sms_address: '+49 170 1003',
    });
    expect(rows.find((row) => row.external_id === 'p5')?.city).toBe('Bonn, Süd');
    expect(rows.find((row) => row.external_id === 'p4')?.vip).toBe('true');
  });

  it('writes NDJSON with only the known values, and every profile without a rule', async () => {
    const { summary, text } = await run(null, {
      format: 'ndjson',
      attributes: ['age'],
      channels: false,
    });
    const lines = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(summary.rows).toBe(23);
    expect(lines).toHaveLength(23);
    expect(lines.find((line) => line.externalId === 'p7')).toEqual({
      id: expect.any(String) as unknown,
      externalId: 'p7',
      attributes: { age: 27 },
    });
  });

  it('refuses unknown attributes and invalid rules, saying which', async () => {
    await expect(run(null, { attributes: ['age', 'shoe_size'] })).rejects.toThrow(
      'no attribute "shoe_size" in the catalog',
    );
    const invalid = await run({ attribute: { key: 'age', op: 'lt', value: 'old' } }, {}).catch(
      (error: unknown) => error,
    );
    expect(invalid).toBeInstanceOf(ExportError);
    expect((invalid as ExportError).code).toBe('invalid_rule');
    expect((invalid as ExportError).issues[0]?.path).toBe('rule.attribute.value');
  });
});
