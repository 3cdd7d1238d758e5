import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import http from 'node:http';
import type { ApiContext } from './schema';

/** Largest request body accepted, in bytes; larger requests get 413 before any parsing. */
const MAX_BODY_BYTES = 1_000_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJsonBody(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new HttpError(413, `request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

/**
 * The HTTP front of the API: GraphQL at /graphql, liveness at /healthz, readiness at /readyz.
 * Apollo is driven through `executeHTTPGraphQLRequest` so that the routes beside it are ours.
 */
export function createHttpServer(
  apollo: ApolloServer<ApiContext>,
  context: () => Promise<ApiContext>,
  ready: () => boolean,
) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (url.pathname === '/healthz') return send(200, { status: 'ok' });
    if (url.pathname === '/readyz')
      return ready() ? send(200, { status: 'ready' }) : send(503, { status: 'starting' });
    if (url.pathname !== '/graphql')
      return send(404, { error: `no route ${url.pathname}; GraphQL is at /graphql` });
    void (async () => {
      try {
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(req.headers)) {
          if (value !== undefined)
            headers.set(key, Array.isArray(value) ? value.join(', ') : value);
        }
        const body = req.method === 'POST' ? await readJsonBody(req) : undefined;
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
          context,
        });
        for (const [key, value] of response.headers) res.setHeader(key, value);
        res.statusCode = response.status ?? 200;
        if (response.body.kind === 'complete') return void res.end(response.body.string);
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      } catch (error) {
        if (error instanceof HttpError)
          return send(error.status, { errors: [{ message: error.message }] });
        send(500, { errors: [{ message: 'internal error' }] });
      }
    })();
  });
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: server }));
  return server;
}
