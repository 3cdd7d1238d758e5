import { openDatabase, type Database } from '@pinpoint/db';
import { DEFAULT_WORKSPACE_ID } from '@pinpoint/domain';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticator } from '../access/authenticate';
import { createContext } from '../context';
import { TEST_SECRETS } from '../testing/test-server';
import { createApolloServer } from './apollo';
import { createHttpServer, MAX_BODY_BYTES } from './http-server';

/** A database that fails every query with a message that must never reach a client. */
const brokenDatabase = (db: Database): Database => {
  const failure = () =>
    Promise.reject(new Error('relation "secret_table" does not exist at 10.0.0.7'));
  // Requests reach the database through their workspace's scope, i.e. through `transaction`.
  return { ...db, driver: db.driver, rows: failure, transaction: failure };
};

let server: Server;
let db: Database;
let base: string;
const logged: unknown[] = [];

beforeAll(async () => {
  db = await openDatabase();
  const log = pino(
    { level: 'error' },
    { write: (line: string) => void logged.push(JSON.parse(line)) },
  );
  const apollo = createApolloServer(log);
  server = createHttpServer(apollo, {
    authenticate: authenticator(db, { mode: 'local', localWorkspaceId: DEFAULT_WORKSPACE_ID }),
    context: ({ principal }) =>
      Promise.resolve(createContext(brokenDatabase(db), principal, log, { secrets: TEST_SECRETS })),
    ready: () => true,
    timeoutMs: 5_000,
  });
  await apollo.start();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const post = (body: string, contentType = 'application/json') =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('HTTP front', () => {
  it('answers liveness and readiness', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('names the GraphQL route for unknown paths', async () => {
    const response = await fetch(`${base}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'no route /nope; GraphQL is at /graphql' });
  });

  it('refuses bodies that are not JSON, and oversized bodies, before GraphQL sees them', async () => {
    const notJson = await post('{"query": ');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({
      errors: [{ message: 'request body is not valid JSON' }],
    });
    const huge = await post(
      JSON.stringify({ query: `{ apiVersion } #${'x'.repeat(MAX_BODY_BYTES)}` }),
    );
    expect(huge.status).toBe(413);
  });

  it('masks internal errors for clients and logs them with their detail', async () => {
    const response = await post(JSON.stringify({ query: '{ segments { id } }' }));
    const body = (await response.json()) as { errors: { message: string; extensions: unknown }[] };
    expect(body.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['segments'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(JSON.stringify(body)).not.toContain('secret_table');
    expect(JSON.stringify(logged)).toContain('secret_table');
  });
});

describe('serving the built explorer', () => {
  it('serves files, falls back to index.html for app routes, and keeps /graphql', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explorer-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Pinpoint</title>');
    writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
    const log = pino({ level: 'silent' });
    const apollo = createApolloServer(log);
    const site = createHttpServer(apollo, {
      authenticate: authenticator(db, { mode: 'local', localWorkspaceId: DEFAULT_WORKSPACE_ID }),
      context: ({ principal }) =>
        Promise.resolve(createContext(db, principal, log, { secrets: TEST_SECRETS })),
      ready: () => true,
      timeoutMs: 5_000,
      staticDir: dir,
    });
    await apollo.start();
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${url}/`)).text()).toContain('<title>Pinpoint</title>');
      expect(await (await fetch(`${url}/segments/new?rule=x`)).text()).toContain(
        '<title>Pinpoint</title>',
      );
      const asset = await fetch(`${url}/assets/app-1234.js`);
      expect(await asset.text()).toBe('console.log(1)');
      expect(asset.headers.get('cache-control')).toMatch(/immutable/);
      const api = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ apiVersion }' }),
      });
      expect(await api.json()).toEqual({ data: { apiVersion: '1' } });
      expect((await fetch(`${url}/../../etc/passwd`)).status).not.toBe(500);
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });
});
