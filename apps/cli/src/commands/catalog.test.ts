import { demoCatalog } from '@pinpoint/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogAnswer } from '../backend/backend';
import { jsonOf, runPinpoint } from '../testing/run-pinpoint';
import { testTargets, type TestDatabase } from '../testing/test-databases';

describe.each(testTargets())('pinpoint catalog on $name', (target) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await target.create();
  });
  afterAll(() => database.dispose());

  it('lists what rules can name, with types, values and sensitive categories', async () => {
    const json = jsonOf<CatalogAnswer>(await runPinpoint(['catalog', '--json'], database.env));
    expect(json.attributes.map((a) => a.key)).toEqual(demoCatalog.attributes.map((a) => a.key));
    expect(json.attributes.find((a) => a.key === 'urbanity')).toMatchObject({
      type: 'enum',
      values: ['urban', 'suburban', 'rural'],
    });
    const keys = (entries: readonly { key: string }[]) => entries.map((e) => e.key).sort();
    expect(keys(json.interests)).toEqual(keys(demoCatalog.interests));
    expect(keys(json.eventTypes)).toEqual(keys(demoCatalog.eventTypes));
    expect(json.channels).toEqual(['email', 'sms', 'push', 'post', 'phone']);
    const table = await runPinpoint(['catalog'], database.env);
    expect(table.stdout).toMatch(/^ATTRIBUTE\s+TYPE\s+LABEL\s+VALUES \/ UNIT\s+SENSITIVE\n/);
    expect(table.stdout).toMatch(/\nage\s+number\s+Age\s+years\n/);
    expect(table.stdout).toMatch(
      /\nparty_affinity\s+enum\s+Party affinity\s+.+\s+political_opinion\n/,
    );
    expect(table.stdout).toContain('\nchannels      email, sms, push, post, phone\n');
  });
});
