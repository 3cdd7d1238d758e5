import { testTargets } from '@pinpoint/db/testing';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer(testTargets()[0]!, { size: 50 });
}, 60_000);
afterAll(() => api.close());

describe('GraphQL over HTTP (graphql-http server audit)', () => {
  it('passes every audit without errors (MUST) and reports the warnings (SHOULD)', async () => {
    const results = await Promise.all(
      serverAudits({ url: () => api.url, fetchFn: fetch }).map(async (audit) => ({
        audit,
        result: await audit.fn(),
      })),
    );
    const failed = results.filter(({ result }) => result.status === 'error');
    expect(
      failed.map(
        ({ audit, result }) => `${audit.name}: ${'reason' in result ? result.reason : ''}`,
      ),
    ).toEqual([]);
    const warnings = results.filter(({ result }) => result.status === 'warn');
    // Reported, not failed: SHOULD/MAY audits the server answers differently, with the reason.
    console.info(
      `graphql-http audit: ${results.length} audits, ${results.length - warnings.length} ok, ` +
        `${warnings.length} warnings:\n` +
        warnings
          .map(({ audit, result }) => `  ${audit.name}: ${'reason' in result ? result.reason : ''}`)
          .join('\n'),
    );
  });
});
