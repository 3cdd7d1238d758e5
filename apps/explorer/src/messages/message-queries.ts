import { graphql } from '../gql';

/** Checks a draft variant: syntax errors with line / column, variables, missing values, SMS length. */
export const CheckMessageQuery = graphql(`
  query CheckMessage($variant: MessageVariantInput!) {
    checkMessage(variant: { draft: $variant }) {
      __typename
      ... on TemplateCheck {
        valid
        issues {
          path
          code
          message
          line
          column
        }
        variables {
          attribute
          known
          hasFallback
        }
        missingValues {
          attribute
          missing
          of
          message
        }
        sms {
          encoding
          units
          segments
          perSegment
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

/** A few members of a segment (ids only), to step through in the preview. */
export const SegmentMembersQuery = graphql(`
  query SegmentMembers($segmentId: ID!, $first: Int!) {
    profiles(filter: { id: $segmentId }, first: $first) {
      __typename
      ... on ProfilePage {
        nodes {
          id
          externalId
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

/** The variant rendered for one real profile. */
export const PreviewMessageQuery = graphql(`
  query PreviewMessage($variant: MessageVariantInput!, $profileId: ID!) {
    previewMessage(variant: { draft: $variant }, profileId: $profileId) {
      __typename
      ... on MessagePreview {
        profileId
        externalId
        subject
        text
        html
        missing
        sms {
          encoding
          units
          segments
        }
      }
      ... on InputErrors {
        issues {
          path
          message
          line
          column
        }
      }
    }
  }
`);

/** The variant rendered for `n` members of its segment, side by side. */
export const PreviewSampleQuery = graphql(`
  query PreviewSample($variant: MessageVariantInput!, $n: Int!) {
    previewSample(variant: { draft: $variant }, n: $n) {
      __typename
      ... on MessageSample {
        segmentSize
        previews {
          profileId
          externalId
          subject
          text
          html
          missing
          sms {
            segments
          }
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
