import fc from 'fast-check';
import type { Catalog } from '../catalog';
import type { SegmentRule } from '../segment-rule';
import { conditionArbitrary } from './arbitraries';

/** Options of `ruleWithReferencesArbitrary`. */
export interface RuleWithReferencesOptions {
  /** Ids that `segment` leaves refer to; none when empty. */
  segmentIds?: readonly string[];
  /** Further leaves, each drawn as often as all catalog conditions together. */
  extraLeaves?: readonly fc.Arbitrary<SegmentRule>[];
  /** Deepest nesting (a lone leaf has depth 1); default 4. */
  maxDepth?: number;
}

/**
 * Rule trees like `ruleArbitrary`, whose leaves may also be segment references to the given
 * ids and any extra leaves a test needs often (such as one exact consent condition).
 */
export function ruleWithReferencesArbitrary(
  catalog: Catalog,
  options: RuleWithReferencesOptions = {},
): fc.Arbitrary<SegmentRule> {
  const { segmentIds = [], extraLeaves = [], maxDepth = 4 } = options;
  const leaves = [conditionArbitrary(catalog), ...extraLeaves];
  if (segmentIds.length > 0) {
    leaves.push(fc.constantFrom(...segmentIds).map((id): SegmentRule => ({ segment: { id } })));
  }
  const leaf = fc.oneof(...leaves);
  let tree = leaf;
  for (let depth = 2; depth <= maxDepth; depth += 1) {
    const children = fc.array(tree, { minLength: 1, maxLength: 3 });
    tree = fc.oneof(
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: children.map((and): SegmentRule => ({ and })) },
      { weight: 1, arbitrary: children.map((or): SegmentRule => ({ or })) },
      { weight: 1, arbitrary: tree.map((not): SegmentRule => ({ not })) },
    );
  }
  return tree;
}
