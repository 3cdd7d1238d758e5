import { appendAudit, sqlBudgetStore, startOfUtcDay, type AudienceContext } from '@pinpoint/db';
import type { SegmentRule } from '@pinpoint/domain';
import {
  queryKey,
  questionKey,
  releaseQuery,
  type PrivacyBudget,
  type ReleasedCount,
  type ReleasePolicy,
} from '@pinpoint/privacy';
import type { ApiContext } from '../context';
import { ApiError } from '../server/api-error';

/** Partner numbers keep two significant digits: finer rounding would add little but risk. */
const SIGNIFICANT_DIGITS = 2;

/** The workspace's release policy and budget, from its settings (the defaults until set). */
async function partnerRules(
  context: ApiContext,
): Promise<{ policy: ReleasePolicy; budget: PrivacyBudget }> {
  const settings = await context.loaders.workspaceSettings();
  return {
    policy: {
      minimumAudience: settings.minimumAudience,
      epsilonPerNumber: settings.epsilonPerNumber,
      significantDigits: SIGNIFICANT_DIGITS,
    },
    budget: { epsilonPerPeriod: settings.budgetEpsilon, period: settings.budgetPeriod },
  };
}

/** The kinds of audience question whose numbers are released and recorded. */
export type QuestionKind = 'count' | 'overlap';

/**
 * The instant a caller's question is taken at. Partners' is the start of its UTC day: every
 * distinct instant would be a new question with fresh noise, and averaging those would undo it.
 */
export function questionInstant(
  context: ApiContext,
  asOf: Date | null | undefined,
): Date | null | undefined {
  return context.principal.tier === 'partner' ? startOfUtcDay(asOf ?? context.audience.now) : asOf;
}

/** One question to release: its rules, the context they were asked in, its true numbers. */
export interface QuestionNumbers {
  rules: readonly SegmentRule[];
  audience: AudienceContext;
  trueCounts: readonly number[];
}

/**
 * The numbers of questions of one kind as the caller may see them, recorded in the audit log
 * as one entry: exact for members; for partners each question is charged to their key's
 * privacy budget (all are refused when one overdraws it), then noised, rounded or withheld
 * below the minimum audience. A question's key names its rules canonically and the state of
 * the data, so that a repeat costs nothing and returns the same numbers, and a count over
 * changed data is a new question. Each question is keyed on its own, so that a rule's numbers
 * are the same whatever it is asked beside.
 */
export async function releaseQuestions(
  context: ApiContext,
  kind: QuestionKind,
  questions: readonly QuestionNumbers[],
): Promise<{ numbers: ReleasedCount[][]; epsilonPerNumber: number }> {
  if (questions.length === 0) return { numbers: [], epsilonPerNumber: 0 };
  const { principal, workspaceId } = context;
  const { policy, budget } = await partnerRules(context);
  const position = await context.backend.dataPosition();
  const dataVersion = `${position.dataVersion}.${position.seq}`;
  const store = sqlBudgetStore(context.db, workspaceId, budget);
  const secret = context.secrets.derive('partner-noise', workspaceId);
  const at = new Date();
  const keys: string[][] = [];
  const released: ReleasedCount[][] = [];
  let charged = 0;
  for (const question of questions) {
    const ruleKeys = question.rules.map((rule) =>
      queryKey(rule, {
        segments: question.audience.segments,
        asOf: question.audience.asOf,
        dataVersion,
      }),
    );
    keys.push(ruleKeys);
    const outcome = await releaseQuery({
      tier: principal.tier,
      policy,
      secret,
      store,
      keyId: principal.id ?? 'local',
      at,
      queryKey:
        kind === 'count' && ruleKeys.length === 1
          ? (ruleKeys[0] ?? '')
          : questionKey(kind, ruleKeys),
      trueCounts: question.trueCounts,
    });
    if (!outcome.ok) throw new ApiError('budget_exhausted', outcome.message);
    released.push(outcome.numbers);
    charged += outcome.charged;
  }
  await appendAudit(context.db, workspaceId, {
    actorKind: principal.kind,
    actorId: principal.id,
    operation: kind,
    query: { questions: keys },
    released: released.map((numbers) => numbers.map((number) => ({ ...number }))),
    epsilonSpent: charged,
    tier: principal.tier,
  });
  // The ε each released number cost, for callers that show what a withheld number cost.
  return { numbers: released, epsilonPerNumber: policy.epsilonPerNumber };
}
