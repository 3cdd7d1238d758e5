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
