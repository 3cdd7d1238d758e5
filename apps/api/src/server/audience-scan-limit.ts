import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Root fields that each scan the audience (a count, an overlap, a composition, a reach
 * estimate, a sample). Generic cost limits cannot see that one of these costs more than
 * hundreds of scalar fields, so an operation may hold only a few.
 */
export const AUDIENCE_SCAN_FIELDS: ReadonlySet<string> = new Set([
  'segmentSize',
  // Up to 20 rules, counted in one pass: one question, like an overlap.
  'segmentSizes',
  'segmentOverlap',
  'segmentComposition',
  'attributeDistribution',
  'reachEstimate',
  'previewSample',
  'checkMessage',
  'profiles',
]);

/** A validation rule refusing operations with more than `max` audience-scanning root fields. */
export function audienceScanLimit(max: number): ValidationRule {
  return (context) => {
    let scans = 0;
    return {
      Field(node) {
        if (context.getParentType()?.name !== 'Query' || !AUDIENCE_SCAN_FIELDS.has(node.name.value))
          return;
        scans += 1;
        if (scans === max + 1)
          context.reportError(
            new GraphQLError(
              `an operation may ask at most ${max} audience questions (segmentSize, segmentOverlap, reachEstimate…); split it into several requests`,
              { nodes: [node] },
            ),
          );
      },
    };
  };
}
