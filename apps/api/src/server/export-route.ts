import { appendAudit, type Database } from '@pinpoint/db';
import { missingScopes, SegmentRule } from '@pinpoint/domain';
import { exportSegment, ExportError } from '@pinpoint/import';
import type http from 'node:http';
import { Writable } from 'node:stream';
import { z } from 'zod';
import type { Caller } from '../access/authenticate';

/** What `GET /export` reads from its query string. */
const ExportRequest = z
  .strictObject({
    format: z.enum(['csv', 'ndjson']).default('csv'),
    segment: z.string().min(1).max(128).optional(),
    rule: z
      .string()
      .max(100_000)
      .transform((text, context) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          context.addIssue({ code: 'custom', message: 'rule must be a JSON rule tree' });
          return z.NEVER;
        }
      })
      .pipe(SegmentRule)
      .optional(),
    attributes: z
      .string()
      .default('')
      .transform((text) =>
        text
          .split(',')
          .map((key) => key.trim())
          .filter(Boolean),
      ),
    channels: z
      .enum(['true', 'false'])
      .default('false')
      .transform((flag) => flag === 'true'),
    asOf: z.iso
      .datetime({ offset: true, error: 'asOf must be an ISO instant, e.g. 2026-06-01T00:00:00Z' })
      .transform((text) => new Date(text))
      .optional(),
  })
  .refine((request) => !(request.segment && request.rule), {
    message: 'give a segment or a rule, not both',
    path: ['rule'],
  });

/** A refusal of an export before any row was written. */
export class ExportRefusal extends Error {
  constructor(
    readonly status: 400 | 403,
    readonly code: 'BAD_USER_INPUT' | 'FORBIDDEN',
    message: string,
  ) {
    super(message);
  }
}

/**
 * `GET /export`: the members of a saved segment (`segment=<id>`), of a draft rule
 * (`rule=<JSON>`) or of the whole workspace, streamed as CSV or NDJSON with the chosen
 * attributes and, with `channels=true`, reachable addresses; event windows end at `asOf`
 * (an ISO instant; now when absent). Individual data: member keys
 * with `profiles:read` only, recorded in the audit log with the number of rows.
 */
export async function serveExport(
  owner: Database,
  caller: Caller,
  url: URL,
  res: http.ServerResponse,
): Promise<void> {
  const { principal } = caller;
  if (principal.tier === 'partner' || missingScopes(principal, ['profiles:read']).length > 0) {
    throw new ExportRefusal(403, 'FORBIDDEN', 'exports need a member key with "profiles:read"');
  }
  const parsed = ExportRequest.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    );
    throw new ExportRefusal(400, 'BAD_USER_INPUT', problems.join('; '));
  }
  const request = parsed.data;
  const rule = request.segment ? { segment: { id: request.segment } } : (request.rule ?? null);
  let started = false;
  const start = () => {
    started = true;
    res.writeHead(200, {
      'content-type': request.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson',
      'cache-control': 'no-store',
    });
  };
  const summary = await exportSegment(
    owner,
    principal.workspaceId,
    rule,
    {
      format: request.format,
      attributes: request.attributes,
      channels: request.channels,
      ...(request.asOf ? { asOf: request.asOf } : {}),
    },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (!started) start();
        // A slow client slows the export down rather than filling memory.
        if (res.write(chunk)) done();
        else res.once('drain', () => done());
      },
    }),
  ).catch((error: unknown) => {
    if (error instanceof ExportError && !started) {
      throw new ExportRefusal(400, 'BAD_USER_INPUT', error.message);
    }
    throw error;
  });
  await appendAudit(owner, principal.workspaceId, {
    actorKind: principal.kind,
    actorId: principal.id,
    operation: 'export',
    query: {
      segment: request.segment ?? null,
      rule: request.rule ?? null,
      attributes: request.attributes,
      channels: request.channels,
    },
    released: { rows: summary.rows },
    tier: principal.tier,
  });
  // Recorded before the response ends: an export the log does not hold never looks complete.
  if (!started) start();
  res.end();
}
