import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import http from 'node:http';
import sirv from 'sirv';
import type { Database } from '@pinpoint/db';
import { AuthError, type Caller } from '../access/authenticate';
import type { ApiContext } from '../context';
import { ExportRefusal, serveExport } from './export-route';

/** Largest request body accepted, in bytes; larger requests get 413 before any parsing. */
export const MAX_BODY_BYTES = 1_000_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES)
    throw new HttpError(413, `request body is larger than ${MAX_BODY_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new HttpError(413, `request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  // GraphQL over HTTP: only JSON bodies are parsed; Apollo answers other types with 415/400.
  if (!contentType?.toLowerCase().includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

/** Options of the HTTP front. */
export interface HttpServerOptions {
  /** Who a request is, from its `Authorization` header; throws `AuthError` to refuse it. */
  authenticate: (authorization: string | undefined) => Promise<Caller>;
  /** Admits the caller's request or throws `AuthError` (429) when they are over their limit. */
  admit?: (caller: Caller) => Promise<void>;
  context: (caller: Caller) => Promise<ApiContext>;
  ready: () => boolean;
  /** Longest time an operation may take before the client gets a timeout error. */
  timeoutMs: number;
  /** The owner database, for `GET /export` (which streams through its own reads). */
  exportDb?: Database | undefined;
  /** A built single-page app (the explorer) served at every other path, when given. */
  staticDir?: string | undefined;
}

/**
 * The HTTP front of the API: GraphQL at /graphql (GraphQL over HTTP), liveness at /healthz,
 * readiness at /readyz, segment exports at /export, and the built explorer at every other path when `staticDir` is set. Apollo is driven through `executeHTTPGraphQLRequest` so that the
 * routes beside it, the body limit and the per-operation timeout are ours.
 */
export function createHttpServer(apollo: ApolloServer<ApiContext>, options: HttpServerOptions) {
  // Hashed assets are cached for good; index.html (the SPA fallback) is revalidated.
  const assets = options.staticDir
    ? sirv(options.staticDir, {
        single: true,
        etag: true,
        gzip: true,
        setHeaders: (res, pathname) =>
          res.setHeader(
            'cache-control',
            pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          ),
      })
    : null;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      if (res.headersSent) return void res.end();
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        .end(JSON.stringify(body));
    };
    if (url.pathname === '/healthz') return send(200, { status: 'ok' });
    if (url.pathname === '/readyz')
      return options.ready() ? send(200, { status: 'ready' }) : send(503, { status: 'starting' });
    if (url.pathname === '/export' && options.exportDb && req.method === 'GET') {
      const exportDb = options.exportDb;
      void (async () => {
        try {
          const caller = await options.authenticate(req.headers.authorization);
          await options.admit?.(caller);
          await serveExport(exportDb, caller, url, res);
        } catch (error) {
          if (error instanceof AuthError || error instanceof ExportRefusal) {
            const headers = error instanceof AuthError ? error.headers : {};
            return send(
              error.status,
              { errors: [{ message: error.message, extensions: { code: error.code } }] },
              headers,
            );
          }
          // Rows may have gone out already: the client sees a cut stream, not a wrong file.
          if (res.headersSent) return void res.destroy();
          send(500, { errors: [{ message: 'Internal server error' }] });
        }
      })();
      return;
    }
    if (url.pathname !== '/graphql') {
      if (assets && (req.method === 'GET' || req.method === 'HEAD'))
        return assets(req, res, () => send(404, { error: `no file ${url.pathname}` }));
      return send(404, { error: `no route ${url.pathname}; GraphQL is at /graphql` });
    }
    void (async () => {
      let timer: NodeJS.Timeout | undefined;
      const started = performance.now();
      try {
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(req.headers)) {
          if (value !== undefined)
            headers.set(key, Array.isArray(value) ? value.join(', ') : value);
        }
        // Before the body is read: an unknown caller costs no parsing.
        const caller = await options.authenticate(req.headers.authorization);
        await options.admit?.(caller);
        const body =
          req.method === 'POST'
            ? parseBody(await readBody(req), req.headers['content-type'])
            : undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(new HttpError(503, `the operation took longer than ${options.timeoutMs} ms`)),
            options.timeoutMs,
          );
        });
        const response = await Promise.race([
          apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
            context: () => options.context(caller),
          }),
          timeout,
        ]);
        // PGlite runs queries on this thread, so the timer cannot fire while one runs: the
        // deadline is checked again once the operation is back.
        if (performance.now() - started > options.timeoutMs)
          throw new HttpError(503, `the operation took longer than ${options.timeoutMs} ms`);
        for (const [key, value] of response.headers) res.setHeader(key, value);
        res.statusCode = response.status ?? 200;
        if (response.body.kind === 'complete') return void res.end(response.body.string);
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      } catch (error) {
        if (error instanceof AuthError) {
          return send(
            error.status,
            { errors: [{ message: error.message, extensions: { code: error.code } }] },
            error.headers,
          );
        }
        if (error instanceof HttpError) {
          const code = error.status === 503 ? 'TIMEOUT' : 'BAD_REQUEST';
          return send(error.status, { errors: [{ message: error.message, extensions: { code } }] });
        }
        send(500, { errors: [{ message: 'Internal server error' }] });
      } finally {
        clearTimeout(timer);
      }
    })();
  });
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: server }));
  return server;
}
