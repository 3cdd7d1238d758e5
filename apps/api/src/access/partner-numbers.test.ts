import { createApiKey, queryAudit, saveWorkspaceSettings } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';

const SIZE = `query ($rule: RuleInput!) {
  segmentSize(segment: { rule: $rule }) {
    ... on SegmentSize { released { value precision fewerThan epsilon } }
  }
}`;
const EXACT = `query ($rule: RuleInput!) {
  segmentSize(segment: { rule: $rule }) { ... on SegmentSize { size released { value precision epsilon } } }
}`;
const olderThan = (age: number) => ({ attribute: { key: 'age', op: 'gte', value: age } });

interface Released {
  value: number | null;
  precision: string;
  fewerThan: number | null;
  epsilon: number;
}

const significantDigits = (n: number) => String(n).replace(/0+$/, '').length;

describe.each(testTargets())('numbers partners see, on $name', (target) => {
  let server: TestServer;
  let partner: { token: string; id: string };
  let member: string;

  beforeAll(async () => {
    server = await startTestServer(target, { auth: 'keys', size: 1500 });
    const made = await createApiKey(server.db, DEFAULT_WORKSPACE_ID, {
      name: 'agency',
      tier: 'partner',
      scopes: ['counts:read', 'segments:read'],
    });
    partner = { token: made.token, id: made.key.id };
    member = (
      await createApiKey(server.db, DEFAULT_WORKSPACE_ID, {
        name: 'analyst',
        tier: 'member',
        scopes: ['counts:read'],
      })
    ).token;
  }, 120_000);
  afterAll(async () => server.close());

  const released = async (age: number) => {
    const response = await server.graphql<{ segmentSize: { released: Released } }>(
      SIZE,
      { rule: olderThan(age) },
      { token: partner.token },
    );
    return {
      code: response.errors?.[0]?.extensions?.code ?? 'OK',
      errors: response.errors,
      number: response.data?.segmentSize.released,
    };
  };
  const exactSize = async (age: number) =>
    (
      await server.graphql<{ segmentSize: { size: number; released: Released } }>(
        EXACT,
        { rule: olderThan(age) },
        { token: member },
      )
    ).data?.segmentSize;

  it('gives members exact numbers at no privacy cost', async () => {
    const answer = await exactSize(30);
    expect(answer?.released).toEqual({ value: answer?.size, precision: 'exact', epsilon: 0 });
  });

  it('gives partners a noisy, rounded size, the same on every repeat', async () => {
    const exact = (await exactSize(18))?.size ?? 0;
    const first = await released(18);
    expect(first.code).toBe('OK');
    expect(first.number?.precision).toBe('approximate');
    expect(first.number?.epsilon).toBe(0.1);
    const value = first.number?.value ?? -1;
    expect(significantDigits(value)).toBeLessThanOrEqual(2);
    // Rounding to two digits moves at most 5% of the value; noise at ε = 0.1 rarely 100.
    expect(Math.abs(value - exact)).toBeLessThan(exact * 0.05 + 150);
    expect((await released(18)).number).toEqual(first.number);
  });

  it('withholds sizes below the minimum audience', async () => {
    expect((await exactSize(95))?.size ?? 1000).toBeLessThan(30);
    expect((await released(95)).number).toEqual({
      value: null,
      precision: 'belowThreshold',
      fewerThan: 100,
      epsilon: 0.1,
    });
  });

  it('refuses partners the exact fields, naming them', async () => {
    const response = await server.graphql(EXACT, { rule: olderThan(18) }, { token: partner.token });
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.message).toMatch(
      /^partner keys see numbers as released, not exact: SegmentSize\.size is for member keys/,
    );
  });

  it('charges each new question to the key, refuses once the day is spent, and keeps repeats free', async () => {
    // Spent so far: ages 18 and 95 (0.1 each) of the day's 1.0.
    const codes = [];
    for (let age = 40; age < 49; age += 1) codes.push((await released(age)).code);
    expect(codes).toEqual([...Array<string>(8).fill('OK'), 'PRIVACY_BUDGET_EXHAUSTED']);
    const refused = await released(48);
    expect(refused.number).toBeUndefined();
    expect(refused.errors?.[0]?.message).toMatch(/budget/i);
    // An old question costs nothing and is still answered, with the same number.
    expect((await released(18)).code).toBe('OK');
  });

  it('records every released number in the audit log, with what it cost', async () => {
    const page = await queryAudit(server.db, DEFAULT_WORKSPACE_ID, {
      operation: 'count',
      actorId: partner.id,
      limit: 100,
    });
    expect(page.entries.length).toBeGreaterThanOrEqual(10);
    const charged = page.entries.reduce((sum, entry) => sum + entry.epsilonSpent, 0);
    expect(charged).toBeCloseTo(1, 6);
    expect(page.entries.every((entry) => entry.tier === 'partner')).toBe(true);
    expect(JSON.stringify(page.entries[0]?.released)).toMatch(/approximate|belowThreshold/);
  });

  it('releases an overlap symmetric, each intersection once, and charges per number', async () => {
    const made = await createApiKey(server.db, DEFAULT_WORKSPACE_ID, {
      name: 'agency overlap',
      tier: 'partner',
      scopes: ['counts:read'],
    });
    const OVERLAP = `query ($a: RuleInput!, $b: RuleInput!, $c: RuleInput!) {
      segmentOverlap(segments: [{ rule: $a }, { rule: $b }, { rule: $c }]) {
        ... on SegmentOverlap {
          released {
            sizes { value precision }
            intersections { value precision }
            union { value precision }
          }
        }
      }
    }`;
    type Cell = { value: number | null; precision: string };
    const response = await server.graphql<{
      segmentOverlap: { released: { sizes: Cell[]; intersections: Cell[][]; union: Cell } };
    }>(OVERLAP, { a: olderThan(20), b: olderThan(40), c: olderThan(60) }, { token: made.token });
    expect(response.errors).toBeUndefined();
    const { sizes, intersections, union } = response.data?.segmentOverlap.released ?? {
      sizes: [],
      intersections: [],
      union: null,
    };
    expect(sizes).toHaveLength(3);
    for (let i = 0; i < 3; i += 1) {
      expect(intersections[i]?.[i]).toEqual(sizes[i]);
      for (let j = 0; j < 3; j += 1) expect(intersections[i]?.[j]).toEqual(intersections[j]?.[i]);
    }
    expect(union?.precision).toBe('approximate');
    const page = await queryAudit(server.db, DEFAULT_WORKSPACE_ID, {
      operation: 'overlap',
      actorId: made.key.id,
      limit: 10,
    });
    // 3 sizes, 3 intersections, the union: 7 numbers at ε = 0.1.
    expect(page.entries.map((entry) => entry.epsilonSpent)).toEqual([0.7]);
  });

  it("follows the workspace's settings for the minimum audience and ε", async () => {
    const saved = await saveWorkspaceSettings(server.db, DEFAULT_WORKSPACE_ID, {
      minimumAudience: 5000,
      epsilonPerNumber: 0.25,
    });
    expect(saved.ok).toBe(true);
    const made = await createApiKey(server.db, DEFAULT_WORKSPACE_ID, {
      name: 'agency settings',
      tier: 'partner',
      scopes: ['counts:read'],
    });
    const response = await server.graphql<{ segmentSize: { released: Released } }>(
      SIZE,
      { rule: olderThan(21) },
      { token: made.token },
    );
    expect(response.data?.segmentSize.released).toEqual({
      value: null,
      precision: 'belowThreshold',
      fewerThan: 5000,
      epsilon: 0.25,
    });
  });
});
