import { appendAudit, auditPseudonym, createApiKey, queryAudit } from '@pinpoint/db';
import { testTargets } from '@pinpoint/db/testing';
import { DEFAULT_WORKSPACE_ID as WS } from '@pinpoint/domain';
import { exportSegment } from '@pinpoint/import';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_AS_OF, TEST_SECRETS, type TestServer } from '../testing/test-server';

const AS_OF = TEST_AS_OF.toISOString();
const ERASE = `mutation ($id: ID, $externalId: String) {
  eraseProfile(id: $id, externalId: $externalId) {
    __typename
    ... on ProfileErasure { erased pseudonym }
    ... on InputErrors { issues { path code message } }
  }
}`;
const SIZE = `query ($id: ID!) { segmentSize(segment: { id: $id }, asOf: "${AS_OF}") {
  ... on SegmentSize { size source { engine } } } }`;

interface Size {
  size: number;
  source: { engine: string };
}

/** Everyone in the workspace as NDJSON, through the export path partners' files come from. */
async function exportEveryone(api: TestServer): Promise<string> {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  const options = { format: 'ndjson', attributes: ['city'], channels: true } as const;
  await exportSegment(api.db, WS, null, options, sink);
  return text;
}

describe.each(testTargets())('erasing a person over GraphQL on $name (index on)', (target) => {
  let api: TestServer;
  const tokens = { admin: '', reader: '', adminKeyId: '' };
  const erase = (variables: Record<string, unknown>, token = tokens.admin) =>
    api.graphql<{ eraseProfile: Record<string, unknown> }>(ERASE, variables, { token });
  const size = async (segmentId: string) =>
    (await api.graphql<{ segmentSize: Size }>(SIZE, { id: segmentId }, { token: tokens.admin }))
      .data!.segmentSize;

  beforeAll(async () => {
    api = await startTestServer(target, { size: 300, auth: 'keys', index: { maxLagMs: 2_000 } });
    const admin = await createApiKey(api.db, WS, {
      name: 'dpo',
      tier: 'member',
      scopes: ['admin'],
    });
    const reader = await createApiKey(api.db, WS, {
      name: 'analyst',
      tier: 'member',
      scopes: ['profiles:read', 'counts:read', 'segments:read'],
    });
    Object.assign(tokens, { admin: admin.token, reader: reader.token, adminKeyId: admin.key.id });
  }, 120_000);
  afterAll(() => api.close());

  it('erases someone everywhere: sizes from the index, lookups, exports and the audit log', async () => {
    const { data } = await api.graphql<{ segments: { id: string; size: number }[] }>(
      `{ segments { id size(asOf: "${AS_OF}") } }`,
      {},
      { token: tokens.admin },
    );
    const segment = [...data!.segments].sort((a, b) => b.size - a.size)[0]!;
    const members = await api.graphql<{
      profiles: { nodes: { id: string; externalId: string }[] };
    }>(
      `query ($id: ID!) { profiles(first: 1, asOf: "${AS_OF}", filter: { id: $id }) {
        ... on ProfilePage { nodes { id externalId } } } }`,
      { id: segment.id },
      { token: tokens.admin },
    );
    const person = members.data!.profiles.nodes[0]!;
    const before = await size(segment.id);
    expect(before).toEqual({ size: segment.size, source: { engine: 'index' } });
    const seen = await appendAudit(api.db, WS, {
      actorKind: 'api_key',
      actorId: 'someone',
      operation: 'preview',
      subject: person.id,
    });
    expect(await exportEveryone(api)).toContain(person.externalId);

    const erased = await erase({ externalId: person.externalId });
    const pseudonym = auditPseudonym(TEST_SECRETS.derive('audit-pseudonym', WS), person.id);
    expect(erased.data?.eraseProfile).toEqual({
      __typename: 'ProfileErasure',
      erased: true,
      pseudonym,
    });

    // Within the index's freshness bound, answered by the index itself.
    const started = performance.now();
    let after = await size(segment.id);
    while (after.size !== before.size - 1 && performance.now() - started < 2_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await size(segment.id);
    }
    expect(after).toEqual({ size: before.size - 1, source: { engine: 'index' } });

    const lookup = await api.graphql(
      'query ($id: ID, $ext: String) { a: profile(id: $id) { id } b: profile(externalId: $ext) { id } }',
      { id: person.id, ext: person.externalId },
      { token: tokens.admin },
    );
    expect(lookup.data).toEqual({ a: null, b: null });
    const exported = await exportEveryone(api);
    expect(exported).not.toContain(person.externalId);
    expect(exported).not.toContain(person.id);

    const { entries } = await queryAudit(api.db, WS, { limit: 1000 });
    expect(entries.find((e) => e.id === seen.id)?.subject).toBe(pseudonym);
    expect(entries.filter((e) => e.operation === 'erasure')).toEqual([
      expect.objectContaining({
        actorKind: 'api_key',
        actorId: tokens.adminKeyId,
        tier: 'member',
        subject: pseudonym,
      }),
    ]);
    expect(JSON.stringify(entries)).not.toContain(person.id);

    // A second request finds no one, and says so.
    expect((await erase({ id: person.id })).data?.eraseProfile).toEqual({
      __typename: 'ProfileErasure',
      erased: false,
      pseudonym: null,
    });
  });

  it('wants exactly one of id and external id', async () => {
    const issues = async (variables: Record<string, unknown>) =>
      ((await erase(variables)).data?.eraseProfile as { issues?: { path: string }[] }).issues;
    expect(await issues({})).toEqual([
      {
        path: 'id',
        code: 'invalid_shape',
        message: 'expected the id or the external id of the profile to erase',
      },
    ]);
    expect(await issues({ id: 'x', externalId: 'y' })).toMatchObject([{ path: 'externalId' }]);
    expect(await issues({ externalId: '  ' })).toMatchObject([{ path: 'externalId' }]);
    expect((await erase({ id: 'not-a-uuid' })).data?.eraseProfile).toMatchObject({
      erased: false,
    });
  });

  it('refuses keys without the admin scope, and erases no one for them', async () => {
    const { nodes } = (
      await api.graphql<{ profiles: { nodes: { id: string }[] } }>(
        '{ profiles(first: 1) { ... on ProfilePage { nodes { id } } } }',
        {},
        { token: tokens.reader },
      )
    ).data!.profiles;
    const someone = nodes[0]!.id;
    const refused = await erase({ id: someone }, tokens.reader);
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.message).toBe(
      'this key lacks the scope "admin" (for Mutation.eraseProfile)',
    );
    const still = await api.graphql<{ profile: { id: string } | null }>(
      'query ($id: ID) { profile(id: $id) { id } }',
      { id: someone },
      { token: tokens.reader },
    );
    expect(still.data?.profile).toEqual({ id: someone });
  });
});
