import { testTargets } from '@pinpoint/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';
import { OPERATION_LIMITS } from './apollo';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer(testTargets()[0]!, { size: 200 });
}, 60_000);
afterAll(() => api.close());

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) =>
  response.errors?.[0]?.extensions?.code;

describe('operation limits answer with a 400 and a reason, never a 500 or a hang', () => {
  it('refuses operations nested deeper than the limit', async () => {
    const nestedType = (levels: number): string =>
      levels === 0 ? 'name' : `ofType { ${nestedType(levels - 1)} }`;
    const query = (levels: number) =>
      `{ __schema { types { fields { type { ${nestedType(levels)} } } } } }`;
    // __schema, types, fields, type and the name: 5 levels besides the ofType chain.
    expect((await api.graphql(query(OPERATION_LIMITS.maxDepth - 5))).status).toBe(200);
    const response = await api.graphql(query(OPERATION_LIMITS.maxDepth));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from(
      { length: OPERATION_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: apiVersion`,
    );
    const response = await api.graphql(`{ ${aliases.join(' ')} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses documents with more tokens than the parser allows', async () => {
    const fields = Array.from({ length: OPERATION_LIMITS.maxTokens }, () => 'apiVersion');
    const response = await api.graphql(`{ ${fields.join(' ')} }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/more th[ae]t? 5000 tokens/i);
  });

  it('does not suggest field names to someone guessing the schema', async () => {
    const response = await api.graphql('{ segmnts { id } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });

  it('refuses page sizes and event counts outside their ranges with the range named', async () => {
    const page = await api.graphql('{ profiles(first: 1000) { __typename } }');
    expect(codeOf(page)).toBe('LIMIT_EXCEEDED');
    expect(page.errors?.[0]?.message).toBe('first must be an integer from 1 to 100, got 1000');
  });

  it('refuses more audience questions in one operation than allowed, even as aliases', async () => {
    const asks = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `s${i}: segmentSize(segment: { rule: { reachable: { channel: email } } }) { __typename }`,
      ).join(' ');
    expect((await api.graphql(`{ ${asks(OPERATION_LIMITS.maxAudienceScans)} }`)).status).toBe(200);
    const response = await api.graphql(`{ ${asks(OPERATION_LIMITS.maxAudienceScans + 1)} }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/at most 10 audience questions/);
  });

  it('counts a segmentSizes field as one audience question, whatever the number of its rules', async () => {
    const single = `{ rule: { reachable: { channel: email } } }`;
    const sizes = `all: segmentSizes(segments: [${Array(20).fill(single).join(', ')}]) { __typename }`;
    const asks = (n: number) =>
      Array.from({ length: n }, (_, i) => `s${i}: segmentSize(segment: ${single}) { __typename }`);
    const allowed = [...asks(OPERATION_LIMITS.maxAudienceScans - 1), sizes].join(' ');
    expect((await api.graphql(`{ ${allowed} }`)).status).toBe(200);
    const refused = [...asks(OPERATION_LIMITS.maxAudienceScans), sizes].join(' ');
    const response = await api.graphql(`{ ${refused} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/at most 10 audience questions/);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ apiVersion }' }, { query: '{ apiVersion }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('per-operation timeout', () => {
  let slow: TestServer;
  beforeAll(async () => {
    slow = await startTestServer(testTargets()[0]!, { size: 3000, timeoutMs: 1 });
  }, 60_000);
  afterAll(() => slow.close());

  it('answers a TIMEOUT error instead of waiting', async () => {
    const response = await slow.graphql('{ segments { size } }');
    expect(response.status).toBe(503);
    expect(codeOf(response)).toBe('TIMEOUT');
    expect(response.errors?.[0]?.message).toBe('the operation took longer than 1 ms');
  });
});
