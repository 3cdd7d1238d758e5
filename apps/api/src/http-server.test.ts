import { ApolloServer } from '@apollo/server';
import {
  countSegment,
  loadAudienceContext,
  openDatabase,
  seedDemo,
  type Database,
} from '@pinpoint/db';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from './http-server';
import { resolvers, typeDefs, type ApiContext } from './schema';

const asOf = new Date('2026-03-01T00:00:00.000Z');
let db: Database;
let server: Server;
let base: string;

beforeAll(async () => {
  db = await openDatabase();
  await db.migrate();
  await seedDemo(db, { size: 400, seed: 7, asOf });
  const apollo = new ApolloServer<ApiContext>({ typeDefs, resolvers });
  server = createHttpServer(
    apollo,
    () => Promise.resolve({ db, workspaceId: DEFAULT_WORKSPACE_ID }),
    () => true,
  );
  await apollo.start();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const graphql = (query: string) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

describe('HTTP server', () => {
  it('answers liveness and readiness', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('names the GraphQL route for unknown paths', async () => {
    const response = await fetch(`${base}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'no route /nope; GraphQL is at /graphql' });
  });

  it('rejects bodies that are not JSON, and oversized bodies, before GraphQL sees them', async () => {
    const notJson = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(notJson.status).toBe(400);
    const huge = await graphql(`{ attributes { key } } #${'x'.repeat(1_100_000)}`);
    expect(huge.status).toBe(413);
  });

  it('serves the seeded catalog and segment sizes that match the SQL count', async () => {
    const response = await graphql('{ attributes { key type values } segments { id name size } }');
    const { data } = (await response.json()) as {
      data: {
        attributes: { key: string; type: string; values: string[] }[];
        segments: { id: string; size: number }[];
      };
    };
    expect(data.attributes.find((a) => a.key === 'region')?.values).toHaveLength(16);
    expect(data.segments.length).toBeGreaterThan(0);
    const now = await loadAudienceContext(db, DEFAULT_WORKSPACE_ID, new Date());
    for (const segment of data.segments) {
      const rule = now.segments(segment.id)?.rule;
      expect(rule).toBeDefined();
      expect(segment.size).toBe(await countSegment(db, rule!, now));
    }
  });
});
