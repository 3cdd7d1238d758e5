import { DEFAULT_WORKSPACE_ID, type SegmentRule } from '@pinpoint/domain';
import {
  ExportError,
  exportSegment,
  type ExportFormat,
  type ExportSummary,
} from '@pinpoint/import';
import type { Writable } from 'node:stream';
import { auditSecretFor } from '../backend/audit-secret';
import { describeDatabase, openConfiguredDatabase } from '../backend/database-target';
import { directBackend } from '../backend/direct-backend';
import type { CliEnv } from '../env';
import { CliError } from '../exit-code';
import { resolveSegments } from '../input/segment-reference';

/** What `pinpoint export` asked for. */
export interface ExportRequest {
  /** A saved segment (id or name), a draft rule, or everyone. */
  members: { segment: string } | { rule: unknown } | 'everyone';
  format: ExportFormat;
  attributes: readonly string[];
  addresses: boolean;
  asOf?: Date | undefined;
  signal: AbortSignal;
}

/**
 * Streams the members of a segment, rule or the whole workspace from the configured
 * database to `output`, which is left open. The rule is checked against the catalog first.
 */
export async function exportMembers(
  env: CliEnv,
  request: ExportRequest,
  output: Writable,
): Promise<ExportSummary> {
  const db = await openConfiguredDatabase(env, { create: false });
  try {
    let rule: unknown = null;
    if (request.members !== 'everyone' && 'segment' in request.members) {
      const backend = directBackend(db, DEFAULT_WORKSPACE_ID, describeDatabase(env), () =>
        auditSecretFor(env, DEFAULT_WORKSPACE_ID),
      );
      const [named] = await resolveSegments(backend, [request.members.segment]);
      rule = { segment: { id: named!.id } } satisfies SegmentRule;
    } else if (request.members !== 'everyone') rule = request.members.rule;
    return await exportSegment(
      db,
      DEFAULT_WORKSPACE_ID,
      // Untrusted until `exportSegment` has validated it against the catalog, which it does first.
      rule as SegmentRule | null,
      {
        format: request.format,
        attributes: request.attributes,
        channels: request.addresses,
        signal: request.signal,
        ...(request.asOf ? { asOf: request.asOf } : {}),
      },
      output,
    );
  } catch (error) {
    throw error instanceof ExportError ? exportError(error) : error;
  } finally {
    await db.close();
  }
}

function exportError(error: ExportError): CliError {
  switch (error.code) {
    case 'invalid_rule':
      return new CliError('invalid', 'the rule is not valid:', { issues: error.issues });
    case 'unknown_attribute':
      return new CliError('invalid', error.message, {
        hint: 'list the attributes with `pinpoint catalog`',
      });
    case 'aborted':
      return new CliError('interrupted', 'the export was cancelled; the output is incomplete');
  }
}
