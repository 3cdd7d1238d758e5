import {
  copyProfiles,
  countSegment,
  loadAudienceContext,
  upsertProfiles,
  deleteProfiles,
} from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID, Profile, profileIdFor, type SegmentRule } from '@pinpoint/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_AS_OF, type TestServer } from '../testing/test-server';

const AS_OF = TEST_AS_OF.toISOString();
const reachableBySms: SegmentRule = {
  and: [
    { reachable: { channel: 'sms' } },
    { attribute: { key: 'city', op: 'eq', value: 'Atlantis' } },
  ],
};
const SIZE = `{ segmentSize(asOf: "${AS_OF}", segment: { rule: { and: [{ reachable: { channel: sms } },
  { attribute: { key: "city", op: eq, value: "Atlantis" } }] } }) {
  ... on SegmentSize { size source { engine indexVersion } } } }`;

interface Size {
  size: number;
  source: { engine: string; indexVersion: number | null };
}

const atlantean = (name: string, consent: 'granted' | 'denied') =>
  Profile.parse({
    id: profileIdFor(name),
    externalId: name,
    attributes: { city: 'Atlantis' },
    channels: [{ channel: 'sms', address: '+49 170 000000', consent, consentAt: null }],
  });

describe.each(testTargets())('the audience index behind the API on $name', (target) => {
  let api: TestServer;
  const size = async () => (await api.graphql<{ segmentSize: Size }>(SIZE)).data!.segmentSize;
  /** Polls until `check` holds; returns how long it took. */
  const within = async (ms: number, check: (s: Size) => boolean) => {
    const started = performance.now();
    for (;;) {
      const current = await size();
      if (check(current)) return performance.now() - started;
      if (performance.now() - started > ms)
        throw new Error(`not within ${ms} ms: ${JSON.stringify(current)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  beforeAll(async () => {
    api = await startTestServer(target, { size: 800, index: { maxLagMs: 1_000 } });
  }, 120_000);
  afterAll(() => api.close());

  it('answers from the index, with its version, the same numbers as SQL', async () => {
    const response = await api.graphql<{ segmentSize: Size; overlap: { sizes: number[] } }>(
      `{ segmentSize(asOf: "${AS_OF}", segment: { rule: { attribute: { key: "age", op: gte, value: 40 } } }) {
          ... on SegmentSize { size source { engine indexVersion } } } }`,
    );
    const context = await loadAudienceContext(api.db, DEFAULT_WORKSPACE_ID, TEST_AS_OF);
    expect(response.data?.segmentSize).toEqual({
      size: await countSegment(
        api.db,
        { attribute: { key: 'age', op: 'gte', value: 40 } },
        context,
      ),
      source: { engine: 'index', indexVersion: expect.any(Number) as number },
    });
  });

  it('shows upserts, consent withdrawals and deletes within a second', async () => {
    const before = (await size()).size;
    await upsertProfiles(api.db, DEFAULT_WORKSPACE_ID, [
      atlantean('nemo', 'granted'),
      atlantean('ariel', 'granted'),
    ]);
    const added = await within(1_000, (s) => s.size === before + 2 && s.source.engine === 'index');
    await upsertProfiles(api.db, DEFAULT_WORKSPACE_ID, [atlantean('nemo', 'denied')]);
    const revoked = await within(1_000, (s) => s.size === before + 1);
    await deleteProfiles(api.db, DEFAULT_WORKSPACE_ID, [profileIdFor('ariel')]);
    const deleted = await within(1_000, (s) => s.size === before);
    console.info(
      `index freshness: upsert ${added.toFixed(0)} ms, consent ${revoked.toFixed(0)} ms, delete ${deleted.toFixed(0)} ms`,
    );
    const context = await loadAudienceContext(api.db, DEFAULT_WORKSPACE_ID, TEST_AS_OF);
    expect((await size()).size).toBe(await countSegment(api.db, reachableBySms, context));
  });

  it('rebuilds after a bulk load, answering from SQL meanwhile', async () => {
    const before = (await size()).size;
    await copyProfiles(api.db, DEFAULT_WORKSPACE_ID, [atlantean('triton', 'granted')]);
    await within(5_000, (s) => s.size === before + 1 && s.source.engine === 'index');
  });

  it('falls back to SQL when the index is stale', async () => {
    api.index!.stop();
    await api.index!.settled();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const stale = await size();
    expect(stale.source).toEqual({ engine: 'sql', indexVersion: null });
  });
});
