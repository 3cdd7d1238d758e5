import { cacheExchange, Client, fetchExchange } from 'urql';

/**
 * The explorer's one GraphQL client. Always POST: the API (Apollo) refuses GET requests
 * without a preflight header, and rules do not fit in URLs anyway.
 */
export function createGraphqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-first',
  });
}
