import type { PinpointBackend, SegmentSummary } from '../backend/backend';
import { CliError } from '../exit-code';

/** A saved segment the user named, by id or by name. */
export interface NamedSegment {
  id: string;
  name: string;
}

/**
 * Finds saved segments by id or, for people who would rather not copy UUIDs, by name
 * (case-insensitive). One listing answers any number of names; a name shared by several
 * segments is refused with their ids.
 */
export async function resolveSegments(
  backend: PinpointBackend,
  references: readonly string[],
): Promise<NamedSegment[]> {
  const segments = await backend.listSegments({ sizes: false });
  return references.map((reference) => resolveOne(segments, reference));
}

function resolveOne(segments: readonly SegmentSummary[], reference: string): NamedSegment {
  const byId = segments.find((s) => s.id === reference);
  if (byId) return byId;
  const named = segments.filter((s) => s.name.toLowerCase() === reference.trim().toLowerCase());
  if (named.length === 1) return named[0]!;
  if (named.length > 1)
    throw new CliError('usage', `${named.length} segments are called "${reference}"`, {
      hint: `give one of their ids: ${named.map((s) => s.id).join(', ')}`,
    });
  throw new CliError('notFound', `no segment with id or name "${reference}"`, {
    hint: 'list the saved segments with `pinpoint segments list`',
  });
}
