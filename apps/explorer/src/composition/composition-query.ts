import { graphql } from '../gql';

/** A draft or saved segment broken down by one attribute, with lift against the population. */
export const CompositionQuery = graphql(`
  query SegmentComposition($segment: SegmentRef!, $attribute: String!) {
    segmentComposition(segment: $segment, attribute: $attribute) {
      __typename
      ... on Composition {
        segmentSize
        rows {
          label
          segmentCount
          segmentShare
          populationShare
          lift
        }
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
