import { graphql } from '../gql';
import type { TransparencyNoticeFieldsFragment } from '../gql/graphql';

/** A transparency notice as the studio shows it, or why the API cannot give it. */
export const TransparencyNoticeFields = graphql(`
  fragment TransparencyNoticeFields on TransparencyNoticeResult {
    __typename
    ... on TransparencyNotice {
      required
      sponsor {
        name
        contact
      }
      paidBy {
        name
        contact
      }
      electionOrReferendum
      amountPaid {
        amount
        currency
      }
      period {
        from
        to
      }
      targeting {
        included {
          segmentId
          segmentName
          criteria
        }
        excluded {
          segmentId
          segmentName
          criteria
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
`);

/**
 * A saved campaign's transparency notice and the one each of its saved variants carries (the
 * same today, but read where a sending tool reads it). Null notices: the campaign has none.
 */
export const CampaignTransparencyNoticesQuery = graphql(`
  query CampaignTransparencyNotices($id: ID!) {
    campaign(id: $id) {
      id
      name
      transparencyNotice {
        ...TransparencyNoticeFields
      }
      variants {
        id
        transparencyNotice {
          ...TransparencyNoticeFields
        }
      }
    }
  }
`);

/** A notice, or the issues that keep the API from giving it. */
export type TransparencyNoticeResult = TransparencyNoticeFieldsFragment;

/** A notice the API could give. */
export type TransparencyNotice = Extract<
  TransparencyNoticeResult,
  { __typename: 'TransparencyNotice' }
>;
