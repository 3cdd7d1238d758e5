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

/** The exact size of one part of the rule (a subtree), for the inline counts. */
export const SubtreeSizeQuery = graphql(`
  query SubtreeSize($rule: RuleInput!) {
    segmentSize(segment: { rule: $rule }) {
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
