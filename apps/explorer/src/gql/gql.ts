/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query RuleCheck($rule: RuleInput!) {\n    validateRule(rule: $rule) {\n      valid\n      issues {\n        path\n        message\n      }\n    }\n    segmentSize(segment: { rule: $rule }) {\n      __typename\n      ... on SegmentSize {\n        size\n        population\n        share\n      }\n    }\n  }\n': typeof types.RuleCheckDocument;
  '\n  query SubtreeSizes($segments: [SegmentRef!]!) {\n    segmentSizes(segments: $segments) {\n      __typename\n      ... on SegmentSize {\n        size\n        share\n      }\n    }\n  }\n': typeof types.SubtreeSizesDocument;
  '\n  query AttributeDistribution($attribute: String!) {\n    attributeDistribution(attribute: $attribute) {\n      __typename\n      ... on Composition {\n        population\n        rows {\n          kind\n          label\n          value\n          from\n          to\n          populationCount\n        }\n      }\n    }\n  }\n': typeof types.AttributeDistributionDocument;
  '\n  query ReachEstimate($campaign: CampaignInput!, $budget: Float) {\n    reachEstimate(campaign: { draft: $campaign }, budget: $budget) {\n      __typename\n      ... on ReachEstimate {\n        audience\n        reachable\n        reachAtBudget\n        costAtFullReach\n        budget\n        channels {\n          channel\n          reached\n          costPerContact\n          cost\n        }\n        unreachable {\n          excluded\n          holdout\n          frequencyCapped\n          noAddress\n          noConsent\n        }\n        curve {\n          budget\n          reach\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n': typeof types.ReachEstimateDocument;
  '\n  mutation SaveCampaign($input: CampaignInput!) {\n    saveCampaign(input: $input) {\n      __typename\n      ... on Campaign {\n        id\n        name\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n': typeof types.SaveCampaignDocument;
  '\n  query SavedCampaigns {\n    campaigns {\n      id\n      name\n      purpose\n      includeSegments {\n        id\n      }\n      excludeSegments {\n        id\n      }\n      channels {\n        channel\n        costPerContact\n        priority\n      }\n      holdoutShare\n      frequencyCap {\n        maxMessages\n        perDays\n      }\n      budget {\n        amount\n        currency\n      }\n      variants {\n        id\n        name\n        segmentId\n        channel\n        subject\n        template\n      }\n      transparency {\n        sponsor {\n          name\n          contact\n        }\n        paidBy {\n          name\n          contact\n        }\n        electionOrReferendum\n        amountPaid {\n          amount\n          currency\n        }\n        period {\n          from\n          to\n        }\n      }\n    }\n  }\n': typeof types.SavedCampaignsDocument;
  '\n  query Catalog {\n    catalog {\n      attributes {\n        key\n        label\n        description\n        type\n        values\n        unit\n        sensitive\n        operators\n      }\n      interests {\n        key\n        label\n      }\n      eventTypes {\n        key\n        label\n      }\n      scoreModels {\n        key\n        label\n      }\n      channels\n    }\n  }\n': typeof types.CatalogDocument;
  '\n  query SegmentComposition($segment: SegmentRef!, $attribute: String!) {\n    segmentComposition(segment: $segment, attribute: $attribute) {\n      __typename\n      ... on Composition {\n        segmentSize\n        rows {\n          label\n          segmentCount\n          segmentShare\n          populationShare\n          lift\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n': typeof types.SegmentCompositionDocument;
  '\n  query CheckMessage($variant: MessageVariantInput!) {\n    checkMessage(variant: { draft: $variant }) {\n      __typename\n      ... on TemplateCheck {\n        valid\n        issues {\n          path\n          code\n          message\n          line\n          column\n        }\n        variables {\n          attribute\n          known\n          hasFallback\n        }\n        missingValues {\n          attribute\n          missing\n          of\n          message\n        }\n        sms {\n          encoding\n          units\n          segments\n          perSegment\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n': typeof types.CheckMessageDocument;
  '\n  query SegmentMembers($segmentId: ID!, $first: Int!) {\n    profiles(filter: { id: $segmentId }, first: $first) {\n      __typename\n      ... on ProfilePage {\n        nodes {\n          id\n          externalId\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n': typeof types.SegmentMembersDocument;
  '\n  query PreviewMessage($variant: MessageVariantInput!, $profileId: ID!) {\n    previewMessage(variant: { draft: $variant }, profileId: $profileId) {\n      __typename\n      ... on MessagePreview {\n        profileId\n        externalId\n        subject\n        text\n        html\n        missing\n        sms {\n          encoding\n          units\n          segments\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n          line\n          column\n        }\n      }\n    }\n  }\n': typeof types.PreviewMessageDocument;
  '\n  query PreviewSample($variant: MessageVariantInput!, $n: Int!) {\n    previewSample(variant: { draft: $variant }, n: $n) {\n      __typename\n      ... on MessageSample {\n        segmentSize\n        previews {\n          profileId\n          externalId\n          subject\n          text\n          html\n          missing\n          sms {\n            segments\n          }\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n': typeof types.PreviewSampleDocument;
  '\n  fragment TransparencyNoticeFields on TransparencyNoticeResult {\n    __typename\n    ... on TransparencyNotice {\n      required\n      sponsor {\n        name\n        contact\n      }\n      paidBy {\n        name\n        contact\n      }\n      electionOrReferendum\n      amountPaid {\n        amount\n        currency\n      }\n      period {\n        from\n        to\n      }\n      targeting {\n        included {\n          segmentId\n          segmentName\n          criteria\n        }\n        excluded {\n          segmentId\n          segmentName\n          criteria\n        }\n      }\n    }\n    ... on InputErrors {\n      issues {\n        path\n        message\n      }\n    }\n  }\n': typeof types.TransparencyNoticeFieldsFragmentDoc;
  '\n  query CampaignTransparencyNotices($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      transparencyNotice {\n        ...TransparencyNoticeFields\n      }\n      variants {\n        id\n        transparencyNotice {\n          ...TransparencyNoticeFields\n        }\n      }\n    }\n  }\n': typeof types.CampaignTransparencyNoticesDocument;
  '\n  query SegmentOverlap($segments: [SegmentRef!]!) {\n    segmentOverlap(segments: $segments) {\n      __typename\n      ... on SegmentOverlap {\n        sizes\n        intersections\n        union\n        population\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n': typeof types.SegmentOverlapDocument;
  '\n  query RuleSize($rule: RuleInput!) {\n    segmentSize(segment: { rule: $rule }) {\n      __typename\n      ... on SegmentSize {\n        size\n      }\n    }\n  }\n': typeof types.RuleSizeDocument;
  '\n  query Segments($search: String) {\n    segments(search: $search) {\n      id\n      name\n      description\n      rule\n      size\n    }\n  }\n': typeof types.SegmentsDocument;
  '\n  query Segment($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n    }\n  }\n': typeof types.SegmentDocument;
  '\n  mutation CreateSegment($input: SegmentInput!) {\n    createSegment(input: $input) {\n      __typename\n      ... on Segment {\n        id\n        name\n        size\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n': typeof types.CreateSegmentDocument;
  '\n  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      __typename\n      ... on Segment {\n        id\n        name\n        size\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n': typeof types.UpdateSegmentDocument;
};
const documents: Documents = {
  '\n  query RuleCheck($rule: RuleInput!) {\n    validateRule(rule: $rule) {\n      valid\n      issues {\n        path\n        message\n      }\n    }\n    segmentSize(segment: { rule: $rule }) {\n      __typename\n      ... on SegmentSize {\n        size\n        population\n        share\n      }\n    }\n  }\n':
    types.RuleCheckDocument,
  '\n  query SubtreeSizes($segments: [SegmentRef!]!) {\n    segmentSizes(segments: $segments) {\n      __typename\n      ... on SegmentSize {\n        size\n        share\n      }\n    }\n  }\n':
    types.SubtreeSizesDocument,
  '\n  query AttributeDistribution($attribute: String!) {\n    attributeDistribution(attribute: $attribute) {\n      __typename\n      ... on Composition {\n        population\n        rows {\n          kind\n          label\n          value\n          from\n          to\n          populationCount\n        }\n      }\n    }\n  }\n':
    types.AttributeDistributionDocument,
  '\n  query ReachEstimate($campaign: CampaignInput!, $budget: Float) {\n    reachEstimate(campaign: { draft: $campaign }, budget: $budget) {\n      __typename\n      ... on ReachEstimate {\n        audience\n        reachable\n        reachAtBudget\n        costAtFullReach\n        budget\n        channels {\n          channel\n          reached\n          costPerContact\n          cost\n        }\n        unreachable {\n          excluded\n          holdout\n          frequencyCapped\n          noAddress\n          noConsent\n        }\n        curve {\n          budget\n          reach\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n':
    types.ReachEstimateDocument,
  '\n  mutation SaveCampaign($input: CampaignInput!) {\n    saveCampaign(input: $input) {\n      __typename\n      ... on Campaign {\n        id\n        name\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n':
    types.SaveCampaignDocument,
  '\n  query SavedCampaigns {\n    campaigns {\n      id\n      name\n      purpose\n      includeSegments {\n        id\n      }\n      excludeSegments {\n        id\n      }\n      channels {\n        channel\n        costPerContact\n        priority\n      }\n      holdoutShare\n      frequencyCap {\n        maxMessages\n        perDays\n      }\n      budget {\n        amount\n        currency\n      }\n      variants {\n        id\n        name\n        segmentId\n        channel\n        subject\n        template\n      }\n      transparency {\n        sponsor {\n          name\n          contact\n        }\n        paidBy {\n          name\n          contact\n        }\n        electionOrReferendum\n        amountPaid {\n          amount\n          currency\n        }\n        period {\n          from\n          to\n        }\n      }\n    }\n  }\n':
    types.SavedCampaignsDocument,
  '\n  query Catalog {\n    catalog {\n      attributes {\n        key\n        label\n        description\n        type\n        values\n        unit\n        sensitive\n        operators\n      }\n      interests {\n        key\n        label\n      }\n      eventTypes {\n        key\n        label\n      }\n      scoreModels {\n        key\n        label\n      }\n      channels\n    }\n  }\n':
    types.CatalogDocument,
  '\n  query SegmentComposition($segment: SegmentRef!, $attribute: String!) {\n    segmentComposition(segment: $segment, attribute: $attribute) {\n      __typename\n      ... on Composition {\n        segmentSize\n        rows {\n          label\n          segmentCount\n          segmentShare\n          populationShare\n          lift\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n':
    types.SegmentCompositionDocument,
  '\n  query CheckMessage($variant: MessageVariantInput!) {\n    checkMessage(variant: { draft: $variant }) {\n      __typename\n      ... on TemplateCheck {\n        valid\n        issues {\n          path\n          code\n          message\n          line\n          column\n        }\n        variables {\n          attribute\n          known\n          hasFallback\n        }\n        missingValues {\n          attribute\n          missing\n          of\n          message\n        }\n        sms {\n          encoding\n          units\n          segments\n          perSegment\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n':
    types.CheckMessageDocument,
  '\n  query SegmentMembers($segmentId: ID!, $first: Int!) {\n    profiles(filter: { id: $segmentId }, first: $first) {\n      __typename\n      ... on ProfilePage {\n        nodes {\n          id\n          externalId\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n':
    types.SegmentMembersDocument,
  '\n  query PreviewMessage($variant: MessageVariantInput!, $profileId: ID!) {\n    previewMessage(variant: { draft: $variant }, profileId: $profileId) {\n      __typename\n      ... on MessagePreview {\n        profileId\n        externalId\n        subject\n        text\n        html\n        missing\n        sms {\n          encoding\n          units\n          segments\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n          line\n          column\n        }\n      }\n    }\n  }\n':
    types.PreviewMessageDocument,
  '\n  query PreviewSample($variant: MessageVariantInput!, $n: Int!) {\n    previewSample(variant: { draft: $variant }, n: $n) {\n      __typename\n      ... on MessageSample {\n        segmentSize\n        previews {\n          profileId\n          externalId\n          subject\n          text\n          html\n          missing\n          sms {\n            segments\n          }\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n':
    types.PreviewSampleDocument,
  '\n  fragment TransparencyNoticeFields on TransparencyNoticeResult {\n    __typename\n    ... on TransparencyNotice {\n      required\n      sponsor {\n        name\n        contact\n      }\n      paidBy {\n        name\n        contact\n      }\n      electionOrReferendum\n      amountPaid {\n        amount\n        currency\n      }\n      period {\n        from\n        to\n      }\n      targeting {\n        included {\n          segmentId\n          segmentName\n          criteria\n        }\n        excluded {\n          segmentId\n          segmentName\n          criteria\n        }\n      }\n    }\n    ... on InputErrors {\n      issues {\n        path\n        message\n      }\n    }\n  }\n':
    types.TransparencyNoticeFieldsFragmentDoc,
  '\n  query CampaignTransparencyNotices($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      transparencyNotice {\n        ...TransparencyNoticeFields\n      }\n      variants {\n        id\n        transparencyNotice {\n          ...TransparencyNoticeFields\n        }\n      }\n    }\n  }\n':
    types.CampaignTransparencyNoticesDocument,
  '\n  query SegmentOverlap($segments: [SegmentRef!]!) {\n    segmentOverlap(segments: $segments) {\n      __typename\n      ... on SegmentOverlap {\n        sizes\n        intersections\n        union\n        population\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n':
    types.SegmentOverlapDocument,
  '\n  query RuleSize($rule: RuleInput!) {\n    segmentSize(segment: { rule: $rule }) {\n      __typename\n      ... on SegmentSize {\n        size\n      }\n    }\n  }\n':
    types.RuleSizeDocument,
  '\n  query Segments($search: String) {\n    segments(search: $search) {\n      id\n      name\n      description\n      rule\n      size\n    }\n  }\n':
    types.SegmentsDocument,
  '\n  query Segment($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n    }\n  }\n':
    types.SegmentDocument,
  '\n  mutation CreateSegment($input: SegmentInput!) {\n    createSegment(input: $input) {\n      __typename\n      ... on Segment {\n        id\n        name\n        size\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n':
    types.CreateSegmentDocument,
  '\n  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      __typename\n      ... on Segment {\n        id\n        name\n        size\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n':
    types.UpdateSegmentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RuleCheck($rule: RuleInput!) {\n    validateRule(rule: $rule) {\n      valid\n      issues {\n        path\n        message\n      }\n    }\n    segmentSize(segment: { rule: $rule }) {\n      __typename\n      ... on SegmentSize {\n        size\n        population\n        share\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RuleCheck($rule: RuleInput!) {\n    validateRule(rule: $rule) {\n      valid\n      issues {\n        path\n        message\n      }\n    }\n    segmentSize(segment: { rule: $rule }) {\n      __typename\n      ... on SegmentSize {\n        size\n        population\n        share\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SubtreeSizes($segments: [SegmentRef!]!) {\n    segmentSizes(segments: $segments) {\n      __typename\n      ... on SegmentSize {\n        size\n        share\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SubtreeSizes($segments: [SegmentRef!]!) {\n    segmentSizes(segments: $segments) {\n      __typename\n      ... on SegmentSize {\n        size\n        share\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AttributeDistribution($attribute: String!) {\n    attributeDistribution(attribute: $attribute) {\n      __typename\n      ... on Composition {\n        population\n        rows {\n          kind\n          label\n          value\n          from\n          to\n          populationCount\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AttributeDistribution($attribute: String!) {\n    attributeDistribution(attribute: $attribute) {\n      __typename\n      ... on Composition {\n        population\n        rows {\n          kind\n          label\n          value\n          from\n          to\n          populationCount\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReachEstimate($campaign: CampaignInput!, $budget: Float) {\n    reachEstimate(campaign: { draft: $campaign }, budget: $budget) {\n      __typename\n      ... on ReachEstimate {\n        audience\n        reachable\n        reachAtBudget\n        costAtFullReach\n        budget\n        channels {\n          channel\n          reached\n          costPerContact\n          cost\n        }\n        unreachable {\n          excluded\n          holdout\n          frequencyCapped\n          noAddress\n          noConsent\n        }\n        curve {\n          budget\n          reach\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReachEstimate($campaign: CampaignInput!, $budget: Float) {\n    reachEstimate(campaign: { draft: $campaign }, budget: $budget) {\n      __typename\n      ... on ReachEstimate {\n        audience\n        reachable\n        reachAtBudget\n        costAtFullReach\n        budget\n        channels {\n          channel\n          reached\n          costPerContact\n          cost\n        }\n        unreachable {\n          excluded\n          holdout\n          frequencyCapped\n          noAddress\n          noConsent\n        }\n        curve {\n          budget\n          reach\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveCampaign($input: CampaignInput!) {\n    saveCampaign(input: $input) {\n      __typename\n      ... on Campaign {\n        id\n        name\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveCampaign($input: CampaignInput!) {\n    saveCampaign(input: $input) {\n      __typename\n      ... on Campaign {\n        id\n        name\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SavedCampaigns {\n    campaigns {\n      id\n      name\n      purpose\n      includeSegments {\n        id\n      }\n      excludeSegments {\n        id\n      }\n      channels {\n        channel\n        costPerContact\n        priority\n      }\n      holdoutShare\n      frequencyCap {\n        maxMessages\n        perDays\n      }\n      budget {\n        amount\n        currency\n      }\n      variants {\n        id\n        name\n        segmentId\n        channel\n        subject\n        template\n      }\n      transparency {\n        sponsor {\n          name\n          contact\n        }\n        paidBy {\n          name\n          contact\n        }\n        electionOrReferendum\n        amountPaid {\n          amount\n          currency\n        }\n        period {\n          from\n          to\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SavedCampaigns {\n    campaigns {\n      id\n      name\n      purpose\n      includeSegments {\n        id\n      }\n      excludeSegments {\n        id\n      }\n      channels {\n        channel\n        costPerContact\n        priority\n      }\n      holdoutShare\n      frequencyCap {\n        maxMessages\n        perDays\n      }\n      budget {\n        amount\n        currency\n      }\n      variants {\n        id\n        name\n        segmentId\n        channel\n        subject\n        template\n      }\n      transparency {\n        sponsor {\n          name\n          contact\n        }\n        paidBy {\n          name\n          contact\n        }\n        electionOrReferendum\n        amountPaid {\n          amount\n          currency\n        }\n        period {\n          from\n          to\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Catalog {\n    catalog {\n      attributes {\n        key\n        label\n        description\n        type\n        values\n        unit\n        sensitive\n        operators\n      }\n      interests {\n        key\n        label\n      }\n      eventTypes {\n        key\n        label\n      }\n      scoreModels {\n        key\n        label\n      }\n      channels\n    }\n  }\n',
): (typeof documents)['\n  query Catalog {\n    catalog {\n      attributes {\n        key\n        label\n        description\n        type\n        values\n        unit\n        sensitive\n        operators\n      }\n      interests {\n        key\n        label\n      }\n      eventTypes {\n        key\n        label\n      }\n      scoreModels {\n        key\n        label\n      }\n      channels\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SegmentComposition($segment: SegmentRef!, $attribute: String!) {\n    segmentComposition(segment: $segment, attribute: $attribute) {\n      __typename\n      ... on Composition {\n        segmentSize\n        rows {\n          label\n          segmentCount\n          segmentShare\n          populationShare\n          lift\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SegmentComposition($segment: SegmentRef!, $attribute: String!) {\n    segmentComposition(segment: $segment, attribute: $attribute) {\n      __typename\n      ... on Composition {\n        segmentSize\n        rows {\n          label\n          segmentCount\n          segmentShare\n          populationShare\n          lift\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CheckMessage($variant: MessageVariantInput!) {\n    checkMessage(variant: { draft: $variant }) {\n      __typename\n      ... on TemplateCheck {\n        valid\n        issues {\n          path\n          code\n          message\n          line\n          column\n        }\n        variables {\n          attribute\n          known\n          hasFallback\n        }\n        missingValues {\n          attribute\n          missing\n          of\n          message\n        }\n        sms {\n          encoding\n          units\n          segments\n          perSegment\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CheckMessage($variant: MessageVariantInput!) {\n    checkMessage(variant: { draft: $variant }) {\n      __typename\n      ... on TemplateCheck {\n        valid\n        issues {\n          path\n          code\n          message\n          line\n          column\n        }\n        variables {\n          attribute\n          known\n          hasFallback\n        }\n        missingValues {\n          attribute\n          missing\n          of\n          message\n        }\n        sms {\n          encoding\n          units\n          segments\n          perSegment\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SegmentMembers($segmentId: ID!, $first: Int!) {\n    profiles(filter: { id: $segmentId }, first: $first) {\n      __typename\n      ... on ProfilePage {\n        nodes {\n          id\n          externalId\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SegmentMembers($segmentId: ID!, $first: Int!) {\n    profiles(filter: { id: $segmentId }, first: $first) {\n      __typename\n      ... on ProfilePage {\n        nodes {\n          id\n          externalId\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PreviewMessage($variant: MessageVariantInput!, $profileId: ID!) {\n    previewMessage(variant: { draft: $variant }, profileId: $profileId) {\n      __typename\n      ... on MessagePreview {\n        profileId\n        externalId\n        subject\n        text\n        html\n        missing\n        sms {\n          encoding\n          units\n          segments\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n          line\n          column\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PreviewMessage($variant: MessageVariantInput!, $profileId: ID!) {\n    previewMessage(variant: { draft: $variant }, profileId: $profileId) {\n      __typename\n      ... on MessagePreview {\n        profileId\n        externalId\n        subject\n        text\n        html\n        missing\n        sms {\n          encoding\n          units\n          segments\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n          line\n          column\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PreviewSample($variant: MessageVariantInput!, $n: Int!) {\n    previewSample(variant: { draft: $variant }, n: $n) {\n      __typename\n      ... on MessageSample {\n        segmentSize\n        previews {\n          profileId\n          externalId\n          subject\n          text\n          html\n          missing\n          sms {\n            segments\n          }\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PreviewSample($variant: MessageVariantInput!, $n: Int!) {\n    previewSample(variant: { draft: $variant }, n: $n) {\n      __typename\n      ... on MessageSample {\n        segmentSize\n        previews {\n          profileId\n          externalId\n          subject\n          text\n          html\n          missing\n          sms {\n            segments\n          }\n        }\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TransparencyNoticeFields on TransparencyNoticeResult {\n    __typename\n    ... on TransparencyNotice {\n      required\n      sponsor {\n        name\n        contact\n      }\n      paidBy {\n        name\n        contact\n      }\n      electionOrReferendum\n      amountPaid {\n        amount\n        currency\n      }\n      period {\n        from\n        to\n      }\n      targeting {\n        included {\n          segmentId\n          segmentName\n          criteria\n        }\n        excluded {\n          segmentId\n          segmentName\n          criteria\n        }\n      }\n    }\n    ... on InputErrors {\n      issues {\n        path\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TransparencyNoticeFields on TransparencyNoticeResult {\n    __typename\n    ... on TransparencyNotice {\n      required\n      sponsor {\n        name\n        contact\n      }\n      paidBy {\n        name\n        contact\n      }\n      electionOrReferendum\n      amountPaid {\n        amount\n        currency\n      }\n      period {\n        from\n        to\n      }\n      targeting {\n        included {\n          segmentId\n          segmentName\n          criteria\n        }\n        excluded {\n          segmentId\n          segmentName\n          criteria\n        }\n      }\n    }\n    ... on InputErrors {\n      issues {\n        path\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignTransparencyNotices($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      transparencyNotice {\n        ...TransparencyNoticeFields\n      }\n      variants {\n        id\n        transparencyNotice {\n          ...TransparencyNoticeFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CampaignTransparencyNotices($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      transparencyNotice {\n        ...TransparencyNoticeFields\n      }\n      variants {\n        id\n        transparencyNotice {\n          ...TransparencyNoticeFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SegmentOverlap($segments: [SegmentRef!]!) {\n    segmentOverlap(segments: $segments) {\n      __typename\n      ... on SegmentOverlap {\n        sizes\n        intersections\n        union\n        population\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SegmentOverlap($segments: [SegmentRef!]!) {\n    segmentOverlap(segments: $segments) {\n      __typename\n      ... on SegmentOverlap {\n        sizes\n        intersections\n        union\n        population\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RuleSize($rule: RuleInput!) {\n    segmentSize(segment: { rule: $rule }) {\n      __typename\n      ... on SegmentSize {\n        size\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RuleSize($rule: RuleInput!) {\n    segmentSize(segment: { rule: $rule }) {\n      __typename\n      ... on SegmentSize {\n        size\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Segments($search: String) {\n    segments(search: $search) {\n      id\n      name\n      description\n      rule\n      size\n    }\n  }\n',
): (typeof documents)['\n  query Segments($search: String) {\n    segments(search: $search) {\n      id\n      name\n      description\n      rule\n      size\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Segment($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n    }\n  }\n',
): (typeof documents)['\n  query Segment($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSegment($input: SegmentInput!) {\n    createSegment(input: $input) {\n      __typename\n      ... on Segment {\n        id\n        name\n        size\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSegment($input: SegmentInput!) {\n    createSegment(input: $input) {\n      __typename\n      ... on Segment {\n        id\n        name\n        size\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      __typename\n      ... on Segment {\n        id\n        name\n        size\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      __typename\n      ... on Segment {\n        id\n        name\n        size\n      }\n      ... on InputErrors {\n        issues {\n          path\n          message\n        }\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
