import type { CatalogIndex } from './catalog';
import type { Issue } from './issue';
import type { EvaluationContext } from './rule-evaluator';

/**
 * The answer to an audience question (overlap, composition, reach), or every reason the
 * question could not be answered, each named by its path in the input. Expected failures
 * such as an unknown attribute or segment are values, not exceptions.
 */
export type AudienceResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * What an audience question needs besides the profiles: the rule context (`asOf`, saved
 * segments) and the workspace's catalog. The database's `AudienceContext` is one.
 */
export interface AudienceQuestionContext extends EvaluationContext {
  catalog: CatalogIndex;
}
