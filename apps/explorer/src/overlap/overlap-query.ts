import { graphql } from '../gql';

/** Sizes, pairwise intersections and union of the picked segments, in one pass. */
export const OverlapQuery = graphql(`
  query SegmentOverlap($segments: [SegmentRef!]!) {
    segmentOverlap(segments: $segments) {
      __typename
      ... on SegmentOverlap {
        sizes
        intersections
        union
        population
      }
      ... on InputErrors {
        issues {
          path
          message
        }
      }
    }
  }
`);

/** The exact size of one rule: the `and` of three segments, for the Euler diagram's middle. */
export const RuleSizeQuery = graphql(`
  query RuleSize($rule: RuleInput!) {
    segmentSize(segment: { rule: $rule }) {
      __typename
      ... on SegmentSize {
        size
      }
    }
  }
`);
