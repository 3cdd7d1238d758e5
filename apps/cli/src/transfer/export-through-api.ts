import type { ExportSummary } from '@pinpoint/import';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { PinpointBackend } from '../backend/backend';
import { graphqlEndpoint } from '../backend/graphql-client';
import { CliError } from '../exit-code';
import { resolveSegments } from '../input/segment-reference';
import type { ExportRequest } from './export-members';

/** The export route beside the GraphQL endpoint the CLI was given. */
function exportUrl(api: string): URL {
  const url = new URL(graphqlEndpoint(api));
  url.pathname = url.pathname.replace(/\/graphql$/, '') + '/export';
  return url;
}

/** A refusal from the API as the CLI reports it: its reason, with the fitting exit code. */
async function refusal(response: Response): Promise<CliError> {
  const body = (await response.json().catch(() => null)) as {
    errors?: { message?: string }[];
  } | null;
  const reason = body?.errors?.[0]?.message ?? `HTTP ${response.status}`;
  if (response.status === 400) return new CliError('invalid', reason);
  return new CliError('unavailable', `the API refused the export: ${reason}`, {
    hint:
      response.status === 403
        ? 'exports need a member key with the "profiles:read" scope (--token)'
        : undefined,
  });
}

/**
 * Streams an export from a running API (`GET /export`), as a partner tool holding a member key
 * would: a saved segment is named by id (names are resolved through GraphQL first), a draft
 * rule is sent as JSON. The response is copied to `output` as it arrives, waiting for a slow
 * `output`, so memory stays flat however many rows come.
 */
export async function exportThroughApi(
  api: { address: string; token: string | undefined; backend: PinpointBackend },
  request: ExportRequest,
  output: Writable,
): Promise<ExportSummary> {
  const started = performance.now();
  const url = exportUrl(api.address);
  const { members } = request;
  if (members !== 'everyone' && 'segment' in members) {
    const [named] = await resolveSegments(api.backend, [members.segment]);
    url.searchParams.set('segment', named?.id ?? members.segment);
  } else if (members !== 'everyone') {
    url.searchParams.set('rule', JSON.stringify(members.rule));
  }
  url.searchParams.set('format', request.format);
  if (request.attributes.length > 0)
    url.searchParams.set('attributes', request.attributes.join(','));
  if (request.addresses) url.searchParams.set('channels', 'true');
  if (request.asOf) url.searchParams.set('asOf', request.asOf.toISOString());
  let response: Response;
  try {
    response = await fetch(url, {
      headers: api.token ? { authorization: `Bearer ${api.token}` } : {},
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal.aborted)
      throw new CliError('interrupted', 'the export was cancelled; the output is incomplete');
    throw new CliError(
      'unavailable',
      `cannot reach the API at ${url.origin}: ${(error as Error).message}`,
    );
  }
  if (!response.ok || !response.body) throw await refusal(response);
  let lines = 0;
  for await (const chunk of response.body) {
    for (const byte of chunk) if (byte === 10) lines += 1;
    if (!output.write(chunk)) await once(output, 'drain');
  }
  // A CSV starts with its header line; NDJSON is one record a line.
  const rows = request.format === 'csv' ? Math.max(0, lines - 1) : lines;
  return { rows, durationMs: performance.now() - started };
}
