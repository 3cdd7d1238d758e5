import { graphql } from '../gql';

/** Reach of a draft plan at a budget: audience, per-channel split, why others are missed, the curve. */
export const ReachEstimateQuery = graphql(`
  query ReachEstimate($campaign: CampaignInput!, $budget: Float) {
    reachEstimate(campaign: { draft: $campaign }, budget: $budget) {
      __typename
      ... on ReachEstimate {
        audience
        reachable
        reachAtBudget
        costAtFullReach
        budget
        channels {
          channel
          reached
          costPerContact
          cost
        }
        unreachable {
          excluded
          holdout
          frequencyCapped
          noAddress
          noConsent
        }
        curve {
          budget
          reach
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

/** Saves (creates or replaces) a campaign plan. */
export const SaveCampaignMutation = graphql(`
  mutation SaveCampaign($input: CampaignInput!) {
    saveCampaign(input: $input) {
      __typename
      ... on Campaign {
        id
        name
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
