import { CliError } from '../exit-code';

/** A GraphQL document with the types of its data and variables, checked where it is sent. */
export interface TypedDocument<Data, Variables> {
  readonly source: string;
  /** Never set: carries the types only. */
  readonly types?: { data: Data; variables: Variables };
}

/** Declares a document with its types; the source is sent as written. */
export const graphql = <Data, Variables = Record<string, never>>(
  source: string,
): TypedDocument<Data, Variables> => ({ source });

/** Sends documents to one API. */
export interface GraphQLClient {
  readonly endpoint: string;
  request<Data, Variables>(
    document: TypedDocument<Data, Variables>,
    variables: Variables,
  ): Promise<Data>;
}

interface GraphQLBody<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Longest the CLI waits for one answer; the API's own timeout is shorter by default. */
const REQUEST_TIMEOUT_MS = 120_000;

/**
 * The GraphQL endpoint of an API address: `http://host:4000` means its `/graphql`, and a
 * missing scheme means http. Throws a usage error for text that is not an address.
 */
export function graphqlEndpoint(address: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `http://${address}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new CliError('usage', `--api "${address}" is not a URL`, {
      hint: 'give the API address, e.g. --api http://127.0.0.1:4000/graphql',
    });
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  return url.toString();
}

/**
 * A GraphQL-over-HTTP client on plain fetch, as a partner tool would write it. Failures become
 * CLI errors: unreachable, refused or timed out is `unavailable`; input the API rejected
 * (coercion of variables, limits) is `invalid`; anything else is `internal`.
 */
export function graphqlClient(endpoint: string, token: string | undefined): GraphQLClient {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  return {
    endpoint,
    async request(document, variables) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: document.source, variables }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
      } catch (error) {
        throw unreachable(endpoint, error);
      }
      if (response.status === 401 || response.status === 403)
        throw new CliError(
          'unavailable',
          `the API at ${endpoint} refused the request (HTTP ${response.status})`,
          {
            hint: 'check the token given with --token or PINPOINT_API_TOKEN',
          },
        );
      const body = await readJson<GraphQLBody<NonNullable<unknown>>>(response);
      if (!body)
        throw new CliError(
          'unavailable',
          `${endpoint} does not answer GraphQL (HTTP ${response.status})`,
          {
            hint: "give the API's GraphQL address, e.g. --api http://127.0.0.1:4000/graphql",
          },
        );
      const [first] = body.errors ?? [];
      if (first) throw errorFrom(endpoint, first);
      if (!body.data)
        throw new CliError('internal', `the API at ${endpoint} answered without data`);
      return body.data as never;
    },
  };
}

async function readJson<T>(response: Response): Promise<T | null> {
  if (!response.headers.get('content-type')?.includes('json')) return null;
  try {
    return (await response.json()) as T;
  } catch {
    return null;
  }
}

function unreachable(endpoint: string, error: unknown): CliError {
  if (error instanceof DOMException && error.name === 'TimeoutError')
    return new CliError(
      'unavailable',
      `the API at ${endpoint} did not answer within ${REQUEST_TIMEOUT_MS / 1000} s`,
    );
  // fetch says only "fetch failed"; the cause says why (ECONNREFUSED, ENOTFOUND, bad port).
  const cause =
    error instanceof Error
      ? (error.cause as { code?: string; message?: string } | undefined)
      : undefined;
  const reason =
    cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new CliError('unavailable', `cannot reach the Pinpoint API at ${endpoint} (${reason})`, {
    hint: 'is it running? Start it with `pnpm start`, or check the address given with --api',
  });
}

function errorFrom(
  endpoint: string,
  error: { message: string; extensions?: { code?: string } },
): CliError {
  const code = error.extensions?.code;
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'LIMIT_EXCEEDED':
      return new CliError('invalid', error.message);
    case 'TIMEOUT':
      return new CliError('unavailable', `the API at ${endpoint} gave up: ${error.message}`, {
        hint: 'ask a smaller question, or raise PINPOINT_QUERY_TIMEOUT_MS on the server',
      });
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
      return new CliError(
        'internal',
        `the API at ${endpoint} does not understand the CLI's request: ${error.message}`,
        {
          hint: 'the API and the CLI are probably different versions of Pinpoint',
        },
      );
    case undefined:
    default:
      return new CliError('internal', `the API at ${endpoint} failed: ${error.message}`);
  }
}
