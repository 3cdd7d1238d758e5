import { testTargets } from '@pinpoint/db/testing';
import { demoCatalog } from '@pinpoint/population';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer(testTargets()[0]!, { size: 20 });
}, 60_000);
afterAll(() => api.close());

describe('catalog over GraphQL', () => {
  it('lists attributes with types, allowed values, sensitivity and operators', async () => {
    const response = await api.graphql<{
      catalog: {
        attributes: {
          key: string;
          type: string;
          values: string[];
          sensitive: string;
          operators: string[];
        }[];
        interests: { key: string }[];
        eventTypes: unknown[];
        scoreModels: unknown[];
        channels: string[];
      };
      party: { sensitive: string; values: string[] };
      none: null;
    }>(
      `{ catalog { attributes { key type values sensitive operators } interests { key } eventTypes { key } scoreModels { key } channels }
        party: attribute(key: "party_affinity") { sensitive values } none: attribute(key: "nope") { key } }`,
    );
    const catalog = response.data!.catalog;
    expect(catalog.attributes.map((a) => a.key)).toEqual(demoCatalog.attributes.map((a) => a.key));
    expect(catalog.interests).toHaveLength(demoCatalog.interests.length);
    expect(catalog.channels).toEqual(['email', 'sms', 'push', 'post', 'phone']);
    expect(response.data?.party.sensitive).toBe('political_opinion');
    expect(response.data?.none).toBeNull();
    const age = catalog.attributes.find((a) => a.key === 'age')!;
    expect(age.operators).toContain('between');
    expect(age.operators).not.toContain('contains');
  });

  it('answers the standard introspection query within the depth limit', async () => {
    const response = await api.graphql<{ __schema: { types: { name: string }[] } }>(
      getIntrospectionQuery(),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.__schema.types.map((t) => t.name)).toContain('RuleInput');
  });
});
