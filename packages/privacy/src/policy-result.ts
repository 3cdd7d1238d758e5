import { joinPath, type Issue } from '@pinpoint/domain';
import type { z } from 'zod';

/** A validated value, or every problem found, each named by its path. */
export type PolicyResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Converts zod's issues into Pinpoint issues under `base` (`policy.epsilonPerNumber: …`). */
export function issuesFrom(error: z.ZodError, base: string): Issue[] {
  return error.issues.map((issue) => ({
    path: joinPath(base, ...issue.path),
    code: 'invalid_shape',
    message:
      issue.code === 'unrecognized_keys'
        ? `unknown setting ${issue.keys.map((key) => `"${key}"`).join(', ')}`
        : issue.message,
  }));
}
