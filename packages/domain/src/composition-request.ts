import type { AudienceResult } from './audience-question';
import type { AttributeDefinition, CatalogIndex } from './catalog';
import type { CompositionOptions } from './composition-plan';
import type { Issue } from './issue';
import { joinPath } from './issue';

/** Most bucket edges a caller may give (100 buckets). */
export const MAX_BUCKET_EDGES = 101;
/** Most frequent texts a string composition may list. */
export const MAX_TOP_VALUES = 100;

/**
 * Checks a composition request against the catalog: the attribute must exist; `edges` only
 * for number attributes, 2 to `MAX_BUCKET_EDGES` finite numbers in strictly ascending order;
 * `topValues` a whole number from 1 to `MAX_TOP_VALUES`. Returns the attribute's definition.
 */
export function checkCompositionRequest(
  catalog: CatalogIndex,
  key: string,
  options: CompositionOptions,
): AudienceResult<AttributeDefinition> {
  const definition = catalog.attributes.get(key);
  if (!definition) {
    return {
      ok: false,
      issues: [
        { path: 'attribute', code: 'unknown_attribute', message: `unknown attribute "${key}"` },
      ],
    };
  }
  const issues: Issue[] = [];
  const { edges, topValues } = options;
  if (edges !== undefined) {
    if (definition.type !== 'number') {
      issues.push({
        path: 'edges',
        code: 'invalid_shape',
        message: `bucket edges apply to number attributes; "${key}" is a ${definition.type}`,
      });
    } else if (edges.length < 2 || edges.length > MAX_BUCKET_EDGES) {
      issues.push({
        path: 'edges',
        code: 'invalid_shape',
        message: `expected 2 to ${MAX_BUCKET_EDGES} bucket edges, got ${edges.length}`,
      });
    } else {
      edges.forEach((edge, i) => {
        if (!Number.isFinite(edge)) {
          issues.push({
            path: joinPath('edges', i),
            code: 'type_mismatch',
            message: 'expected a finite number',
          });
        } else if (i > 0 && !(edge > edges[i - 1]!)) {
          issues.push({
            path: joinPath('edges', i),
            code: 'invalid_range',
            message: `bucket edges must be strictly ascending: ${edge} follows ${edges[i - 1]}`,
          });
        }
      });
    }
  }
  if (
    topValues !== undefined &&
    !(Number.isInteger(topValues) && topValues >= 1 && topValues <= MAX_TOP_VALUES)
  ) {
    issues.push({
      path: 'topValues',
      code: 'invalid_range',
      message: `expected a whole number from 1 to ${MAX_TOP_VALUES}`,
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: definition };
}
