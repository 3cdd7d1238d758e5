import { graphql } from '../gql';

/** Validation and exact size of the whole draft rule, in one round trip. */
export const RuleCheckQuery = graphql(`
  query RuleCheck($rule: RuleInput!) {
    validateRule(rule: $rule) {
      valid
      issues {
        path
        message
      }
    }
    segmentSize(segment: { rule: $rule }) {
      __typename
      ... on SegmentSize {
        size
        population
        share
      }
    }
  }
`);

/**
 * Exact sizes of several parts of the rule (subtrees) in one request, for the inline counts;
 * each answer is a size, or `InputErrors` for a part that is not a valid rule on its own.
 */
export const SubtreeSizesQuery = graphql(`
  query SubtreeSizes($segments: [SegmentRef!]!) {
    segmentSizes(segments: $segments) {
      __typename
      ... on SegmentSize {
        size
        share
      }
    }
  }
`);

/** How the population's values of an attribute are spread: counts for pickers, histograms. */
export const AttributeDistributionQuery = graphql(`
  query AttributeDistribution($attribute: String!) {
    attributeDistribution(attribute: $attribute) {
      __typename
      ... on Composition {
        population
        rows {
          kind
          label
          value
          from
          to
          populationCount
        }
      }
    }
  }
`);
