import { createApiKey, queryAudit } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';

const adults = { attribute: { key: 'age', op: 'gte', value: 50 } };

describe.each(testTargets())('GET /export on $name', (target) => {
  let server: TestServer;
  let base: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(target, { auth: 'keys', size: 400 });
    base = server.url.replace(/\/graphql$/, '');
    for (const [name, tier, scopes] of [
      ['exporter', 'member', ['profiles:read', 'counts:read']],
      ['counter', 'member', ['counts:read']],
      ['partner', 'partner', ['counts:read']],
    ] as const) {
      tokens[name] = (
        await createApiKey(server.db, DEFAULT_WORKSPACE_ID, { name, tier, scopes: [...scopes] })
      ).token;
    }
  }, 120_000);
  afterAll(async () => server.close());

  const get = (query: string, token?: string) =>
    fetch(`${base}/export?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('streams the members of a rule as CSV, as many rows as the segment has', async () => {
    const size = await server.graphql<{ segmentSize: { size: number } }>(
      'query ($rule: RuleInput!) { segmentSize(segment: { rule: $rule }) { ... on SegmentSize { size } } }',
      { rule: adults },
      { token: tokens.exporter },
    );
    const response = await get(
      `rule=${encodeURIComponent(JSON.stringify(adults))}&attributes=age,region`,
      tokens.exporter,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trimEnd().split('\n');
    expect(lines[0]).toMatch(/age,region/);
    expect(lines.length - 1).toBe(size.data?.segmentSize.size);
    const ages = lines.slice(1).map((line) => Number(line.split(',').at(-2)));
    expect(ages.every((age) => age >= 50)).toBe(true);
  });

  it('streams NDJSON and records the export in the audit log', async () => {
    const response = await get('format=ndjson&attributes=age', tokens.exporter);
    const rows = (await response.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string });
    expect(rows).toHaveLength(400);
    const audit = await queryAudit(server.db, DEFAULT_WORKSPACE_ID, {
      operation: 'export',
      limit: 10,
    });
    expect(audit.entries.map((entry) => entry.released)).toContainEqual({ rows: 400 });
  });

  it('refuses callers who may not see individuals, and bad requests, before any row', async () => {
    expect((await get('attributes=age')).status).toBe(401);
    const partner = await get('attributes=age', tokens.partner);
    expect(partner.status).toBe(403);
    expect((await get('attributes=age', tokens.counter)).status).toBe(403);
    const format = await get('format=xlsx', tokens.exporter);
    expect(format.status).toBe(400);
    expect(await format.text()).toContain('format');
    const unknown = await get('attributes=shoe_size', tokens.exporter);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('no attribute \\"shoe_size\\" in the catalog');
    const both = await get(
      `segment=x&rule=${encodeURIComponent(JSON.stringify(adults))}`,
      tokens.exporter,
    );
    expect(both.status).toBe(400);
    expect(await both.text()).toContain('a segment or a rule, not both');
  });
});
