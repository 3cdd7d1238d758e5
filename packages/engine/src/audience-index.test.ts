import { DAY_MS, type SegmentRule } from '@pinpoint/domain';
import { TEST_CATALOG, TEST_CATALOG_INDEX, testProfile } from '@pinpoint/domain/testing';
import { describe, expect, it } from 'vitest';
import { AudienceIndexBuilder } from './index-builder';
import { MemoryBudgetExceededError } from './memory-budget';
import { buildIndex } from './test-support';

const asOf = new Date('2026-03-01T00:00:00.000Z');
const context = { catalog: TEST_CATALOG_INDEX, asOf };
const byEmail: SegmentRule = { reachable: { channel: 'email' } };

const anna = testProfile({
  externalId: 'anna',
  attributes: { age: 34 },
  channels: [
    { channel: 'email', address: 'anna@example.org', consent: 'granted', consentAt: null },
  ],
});

describe('AudienceIndex', () => {
  it('stops counting a person as reachable as soon as an upsert revokes consent', () => {
    const index = buildIndex(TEST_CATALOG, [anna]);
    expect(index.count(byEmail, context)).toBe(1);
    const version = index.version;
    index.upsert([{ ...anna, channels: [{ ...anna.channels[0]!, consent: 'denied' }] }]);
    expect(index.version).toBe(version + 1);
    expect(index.count(byEmail, context)).toBe(0);
    expect(index.size()).toBe(1);
  });

  it('rejects an upsert with a malformed id without applying any of it', () => {
    const index = buildIndex(TEST_CATALOG, [anna]);
    const revoked = { ...anna, channels: [{ ...anna.channels[0]!, consent: 'denied' as const }] };
    expect(() => index.upsert([revoked, { ...anna, id: 'not-a-uuid' }])).toThrow(/not a UUID/);
    expect(index.count(byEmail, context)).toBe(1);
    expect(index.version).toBe(1);
  });

  it('deletes, and counts only ids that existed', () => {
    const bert = testProfile({ externalId: 'bert', attributes: { age: 50 } });
    const index = buildIndex(TEST_CATALOG, [anna, bert]);
    expect(index.delete([anna.id, anna.id, '00000000-0000-4000-8000-000000000000'])).toBe(1);
    expect(index.size()).toBe(1);
    expect(index.members(null, context, { limit: 10 }).ids).toEqual([bert.id]);
  });

  it('pages members in id order across the base and upserted profiles', () => {
    const people = Array.from({ length: 12 }, (_, i) => testProfile({ externalId: `p${i}` }));
    const index = buildIndex(TEST_CATALOG, people.slice(0, 8));
    index.upsert(people.slice(8));
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = index.members(null, context, { limit: 5, cursor });
      ids.push(...page.ids);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(ids).toEqual(people.map((p) => p.id).sort());
  });

  it('counts event windows with whole-second times, half-open at the far end', () => {
    const at = (days: number) => new Date(asOf.getTime() - days * DAY_MS);
    const visits = [0, 1, 6.5, 7, 7.5].map((d) => ({
      type: 'visit',
      occurredAt: at(d),
      properties: {},
    }));
    const index = buildIndex(TEST_CATALOG, [testProfile({ events: visits })]);
    const count = (atLeast: number) =>
      index.count({ event: { type: 'visit', withinDays: 7, atLeast, atMost: atLeast } }, context);
    // asOf and 1 and 6.5 days before count; exactly 7 days before does not.
    expect([2, 3, 4].map(count)).toEqual([0, 1, 0]);
  });

  it('refuses profiles out of id order', () => {
    const [first, second] = [anna, testProfile({ externalId: 'bert' })].sort((a, b) =>
      a.id < b.id ? -1 : 1,
    );
    const builder = new AudienceIndexBuilder(TEST_CATALOG);
    builder.add(second!);
    expect(() => builder.add(first!)).toThrow(/ascending id order/);
  });

  it('refuses to outgrow its memory budget while profiles are still arriving', () => {
    const builder = new AudienceIndexBuilder(TEST_CATALOG, {
      memoryBudgetBytes: 1_000_000,
      expectedProfiles: 1_000_000,
    });
    const people = Array.from({ length: 5000 }, (_, i) =>
      testProfile({ externalId: `m${i}` }),
    ).sort((a, b) => (a.id < b.id ? -1 : 1));
    let error: unknown;
    try {
      for (const person of people) builder.add(person);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MemoryBudgetExceededError);
    const refusal = error as MemoryBudgetExceededError;
    expect(refusal.profiles).toBe(4096);
    expect(refusal.estimatedBytes).toBeGreaterThan(1_000_000);
    expect(refusal.message).toMatch(/memory budget of 1 MiB \(4,096 profiles added so far\)/);
  });

  it('reports its memory from the arrays it holds', () => {
    const memory = buildIndex(TEST_CATALOG, [anna]).memory();
    expect(memory.totalBytes).toBe(Object.values(memory.parts).reduce((a, b) => a + b, 0));
    expect(memory.parts.ids).toBe(16);
    expect(memory.bytesPerProfile).toBe(memory.totalBytes);
  });
});
