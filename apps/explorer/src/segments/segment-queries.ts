import { graphql } from '../gql';

/** Saved segments by name, with their sizes and rules (to open them in the builder). */
export const SegmentsQuery = graphql(`
  query Segments($search: String) {
    segments(search: $search) {
      id
      name
      description
      rule
      size
    }
  }
`);

/** One saved segment's name and description, for the save form. */
export const SegmentQuery = graphql(`
  query Segment($id: ID!) {
    segment(id: $id) {
      id
      name
      description
    }
  }
`);

/** Saves a new segment. */
export const CreateSegmentMutation = graphql(`
  mutation CreateSegment($input: SegmentInput!) {
    createSegment(input: $input) {
      __typename
      ... on Segment {
        id
        name
        size
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

/** Replaces a saved segment's name, description and rule. */
export const UpdateSegmentMutation = graphql(`
  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {
    updateSegment(id: $id, input: $input) {
      __typename
      ... on Segment {
        id
        name
        size
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
