import { Client, fetchExchange } from 'urql';
import type { CatalogQuery } from '../gql/graphql';

/** Answers one operation's variables with its `data`, or a promise of it. */
export type MockHandler = (variables: Record<string, unknown>) => unknown;

/**
 * A real urql client whose transport is a stub: each operation is answered by the handler named
 * after it, so component tests exercise the same documents and result handling as production.
 * Unmocked operations answer with a GraphQL error naming them.
 */
export function mockClient(handlers: Record<string, MockHandler>): Client {
  const fetchStub = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
      operationName: string;
      variables?: Record<string, unknown>;
    };
    const handler = handlers[body.operationName];
    const payload = handler
      ? { data: await handler(body.variables ?? {}) }
      : { errors: [{ message: `no mock for ${body.operationName}` }] };
    return new Response(JSON.stringify(payload), {
      headers: { 'content-type': 'application/json' },
    });
  };
  return new Client({
    url: 'http://localhost/graphql',
    exchanges: [fetchExchange],
    fetch: fetchStub,
    preferGetMethod: false,
  });
}

/** A small catalog with one attribute of each editor kind. */
export const testCatalog: CatalogQuery = {
  catalog: {
    attributes: [
      {
        key: 'age',
        label: 'Age',
        description: '',
        type: 'number',
        values: [],
        unit: 'years',
        sensitive: 'none',
        operators: ['eq', 'lt', 'lte', 'gt', 'gte', 'between', 'exists', 'missing'],
      },
      {
        key: 'region',
        label: 'Federal state',
        description: '',
        type: 'enum',
        values: ['BY', 'BE', 'NW'],
        unit: null,
        sensitive: 'none',
        operators: ['eq', 'neq', 'in', 'notIn', 'exists', 'missing'],
      },
      {
        key: 'member',
        label: 'Member',
        description: '',
        type: 'boolean',
        values: [],
        unit: null,
        sensitive: 'none',
        operators: ['eq', 'neq', 'exists', 'missing'],
      },
    ],
    interests: [{ key: 'climate', label: 'Climate' }],
    eventTypes: [{ key: 'donation', label: 'Donation' }],
    scoreModels: [{ key: 'churn', label: 'Churn risk' }],
    channels: ['email', 'sms'],
  },
};
