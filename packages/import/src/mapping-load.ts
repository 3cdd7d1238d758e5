import { formatIssue, joinPath, type Issue } from '@pinpoint/domain';
import { readFile } from 'node:fs/promises';
import { ImportError } from './import-error';
import { ImportMapping } from './mapping';

/**
 * Validates a mapping (parsed JSON) and fills in defaults. Throws an `ImportError`
 * (`invalid_mapping`) listing every problem by path, e.g. `mapping.attributes.age.type`.
 */
export function parseMapping(input: unknown, source = 'mapping'): ImportMapping {
  const parsed = ImportMapping.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues: Issue[] = parsed.error.issues.map((issue) => ({
    path: joinPath(source, ...issue.path),
    code: 'invalid_shape',
    // A bad record key is reported as "Invalid key in record"; the key's own rule says more.
    message:
      issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message,
  }));
  throw new ImportError(
    'invalid_mapping',
    `the mapping is not valid:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`,
    { issues },
  );
}

/** Reads and validates a mapping file (JSON). */
export async function loadMapping(path: string): Promise<ImportMapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ImportError(
      'invalid_mapping',
      `cannot read the mapping file ${path}: ${reason(error)}`,
      {
        cause: error,
      },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(
      'invalid_mapping',
      `the mapping file ${path} is not valid JSON: ${reason(error)}`,
      {
        issues: [{ path: 'mapping', code: 'syntax_error', message: reason(error) }],
        cause: error,
      },
    );
  }
  return parseMapping(json);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
