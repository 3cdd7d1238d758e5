import { DEFAULT_WORKSPACE_ID as WS, indexCatalog, type SegmentRule } from '@pinpoint/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSegment, loadAudienceContext, segmentMembers } from './audience-queries';
import { saveCatalog } from './catalog-repository';
import type { Database } from './client';
import { readProfiles } from './profile-reader';
import { upsertProfiles } from './profile-writer';
import { createSegment } from './segment-repository';
import { fixtureCatalog, fixtureProfile, testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

const asOf = new Date('2026-06-01T12:00:00Z');
const day = 86_400_000;

const people = [
  fixtureProfile('anna', {
    attributes: { age: 34, region: 'BY', city: 'München', member: true, joined_on: '2020-02-29' },
    interests: [{ topic: 'climate', affinity: 0.8 }],
    events: [
      { type: 'purchase', occurredAt: new Date(asOf.getTime() - 30 * day), properties: {} },
      { type: 'purchase', occurredAt: asOf, properties: { total: 12.5 } },
    ],
    channels: [
      { channel: 'email', address: 'anna@example.org', consent: 'granted', consentAt: asOf },
    ],
    preferredChannel: 'email',
  }),
  fixtureProfile('ben', {
    attributes: { age: 61, region: 'NW', city: 'Köln' },
    interests: [
      { topic: 'football', affinity: 0.9 },
      { topic: 'climate', affinity: 0.2 },
    ],
    scores: [{ model: 'churn', value: 0.7 }],
    channels: [
      { channel: 'email', address: 'ben@example.org', consent: 'unknown', consentAt: null },
    ],
  }),
  fixtureProfile('cem', {
    attributes: { region: 'BE' },
    channels: [{ channel: 'sms', address: '  ', consent: 'granted', consentAt: null }],
  }),
];

describe.each(testTargets())('audience queries on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    await ensureWorkspace(db, WS);
    await saveCatalog(db, WS, fixtureCatalog);
    await upsertProfiles(db, WS, people);
  }, 60_000);
  afterAll(async () => dispose());

  const count = async (rule: SegmentRule) =>
    countSegment(db, rule, await loadAudienceContext(db, WS, asOf));

  it('round-trips whole profiles, with blank addresses stored as none', async () => {
    const stored = await readProfiles(
      db,
      WS,
      people.map((p) => p.id),
    );
    expect(stored.get(people[0]!.id)).toEqual(people[0]);
    expect(stored.get(people[2]!.id)?.channels[0]?.address).toBeNull();
  });

  it('counts with the documented semantics for missing values', async () => {
    expect(await count({ attribute: { key: 'age', op: 'gt', value: 40 } })).toBe(1);
    expect(await count({ not: { attribute: { key: 'age', op: 'gt', value: 40 } } })).toBe(2);
    expect(await count({ attribute: { key: 'region', op: 'neq', value: 'BY' } })).toBe(2);
    expect(await count({ attribute: { key: 'age', op: 'missing' } })).toBe(1);
    expect(await count({ attribute: { key: 'city', op: 'startsWith', value: 'Mü' } })).toBe(1);
  });

  it('counts events in the half-open window up to asOf', async () => {
    expect(await count({ event: { type: 'purchase', withinDays: 30, atLeast: 2 } })).toBe(0);
    expect(await count({ event: { type: 'purchase', withinDays: 31, atLeast: 2 } })).toBe(1);
    expect(await count({ event: { type: 'purchase', withinDays: 30, atMost: 0 } })).toBe(2);
  });

  it('requires address and granted consent for reachability', async () => {
    expect(await count({ reachable: { channel: 'email' } })).toBe(1);
    expect(await count({ reachable: { channel: 'sms' } })).toBe(0);
  });

  it('evaluates saved segments referenced from a rule', async () => {
    const saved = await createSegment(db, WS, {
      name: 'Climate',
      rule: { interest: { topic: 'climate', minAffinity: 0.5 } },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
    expect(
      await count({
        or: [
          { segment: { id: saved.value.id } },
          { score: { model: 'churn', op: 'gte', value: 0.7 } },
        ],
      }),
    ).toBe(2);
  });

  it('pages members in a stable id order', async () => {
    const context = await loadAudienceContext(db, WS, asOf);
    const rule: SegmentRule = { attribute: { key: 'region', op: 'exists' } };
    const first = await segmentMembers(db, rule, context, { limit: 2 });
    const second = await segmentMembers(db, rule, context, { limit: 2, cursor: first.nextCursor });
    expect(first.ids).toHaveLength(2);
    expect(second).toEqual({ ids: [people.map((p) => p.id).sort()[2]], nextCursor: null });
    expect([...first.ids, ...second.ids]).toEqual(people.map((p) => p.id).sort());
  });

  it('validates catalogs it stores', () => {
    expect(indexCatalog(fixtureCatalog).attributes.get('party')?.sensitive).toBe(
      'political_opinion',
    );
  });
});
