import type { Issue } from '@pinpoint/domain';
import type { SegmentTarget } from '../backend/backend';
import type { CommandContext } from '../command-action';
import { CliError, issuesError } from '../exit-code';
import { hasRule, readRule, type RuleOptions } from './rule-input';
import { resolveSegments } from './segment-reference';

/** What an audience question is about, and how to call it in output. */
export interface LabelledTarget {
  target: SegmentTarget;
  /** The segment's name, or `rule` for a draft. */
  label: string;
}

/**
 * The audience of `count` and `composition`: a saved segment (id or name) as the argument,
 * or a draft rule from `--rule` / `--rule-expr`; exactly one of them.
 */
export async function segmentTarget(
  context: CommandContext,
  segment: string | undefined,
  options: RuleOptions,
): Promise<LabelledTarget> {
  if (segment !== undefined && hasRule(options))
    throw new CliError('usage', 'give a segment or a rule (--rule, --rule-expr), not both');
  if (segment === undefined) {
    if (!hasRule(options))
      throw new CliError(
        'usage',
        'give a segment (id or name), --rule FILE or --rule-expr EXPRESSION',
        {
          hint: 'e.g. `pinpoint count "Lapsed donors"` or `pinpoint count --rule-expr "age >= 18"`',
        },
      );
    return { target: { rule: await readRule(options, context.path) }, label: 'rule' };
  }
  const [named] = await resolveSegments(await context.backend(), [segment]);
  return { target: { id: named!.id }, label: named!.name };
}

/**
 * The error for issues about a target. A draft rule's issues are named from `rule` (what the
 * user gave) rather than from `segment` (the API's argument): `rule.and[1].attribute.value`.
 */
export function targetError({ target, label }: LabelledTarget, issues: readonly Issue[]): CliError {
  if (!('rule' in target)) return issuesError(`segment "${label}"`, issues);
  return issuesError(
    'the rule',
    issues.map((issue) => ({ ...issue, path: issue.path.replace(/^segment(?=$|[.[])/, 'rule') })),
  );
}
