/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * A condition on one attribute. Give the fields its operator needs: `value` for eq, neq, lt, lte,
 * gt, gte, contains and startsWith; `values` for in and notIn; `min` and `max` for between; none
 * for exists and missing.
 */
export type AttributeConditionInput = {
  /** Attribute key. */
  key: string;
  /** Upper bound of `between`, included. */
  max?: string | number | boolean | null | undefined;
  /** Lower bound of `between`, included. */
  min?: string | number | boolean | null | undefined;
  /** Operator. */
  op: AttributeOperator;
  /** The value compared with. */
  value?: string | number | boolean | null | undefined;
  /** The values of `in` and `notIn`. */
  values?: Array<string | number | boolean> | null | undefined;
};

/** An operator of an attribute condition; which apply depends on the attribute's type. */
export type AttributeOperator =
  /** Between `min` and `max`, both included. */
  | 'between'
  /** Text contains `value` (case-sensitive). */
  | 'contains'
  /** Equal to `value`. */
  | 'eq'
  /** Has a value. */
  | 'exists'
  /** Greater than `value`. */
  | 'gt'
  /** Greater than or equal to `value`. */
  | 'gte'
  /** One of `values`. */
  | 'in'
  /** Less than `value`. */
  | 'lt'
  /** Less than or equal to `value`. */
  | 'lte'
  /** Has no value. */
  | 'missing'
  /** Present and not equal to `value`. */
  | 'neq'
  /** Present and none of `values`. */
  | 'notIn'
  /** Text starts with `value` (case-sensitive). */
  | 'startsWith';

/** The type of an attribute's values. */
export type AttributeType =
  /** True or false. */
  | 'boolean'
  /** A calendar date, `YYYY-MM-DD`. */
  | 'date'
  /** One of a fixed list of values. */
  | 'enum'
  /** A number (integer or decimal). */
  | 'number'
  /** Free text. */
  | 'string';

export type CampaignChannelInput = {
  /** The channel. */
  channel: Channel;
  /** What one contact costs. */
  costPerContact: number;
  /** Rank when the preferred channel is not usable; lower first. */
  priority?: number;
};

/** A campaign plan to save or to estimate. Without `id`, saving creates a new campaign. */
export type CampaignInput = {
  /** Budget. */
  budget?: MoneyInput | null | undefined;
  /** Usable channels. */
  channels: Array<CampaignChannelInput>;
  /** Ids of segments never to address. */
  excludeSegmentIds?: Array<string | number> | null | undefined;
  /** Frequency cap. */
  frequencyCap?: FrequencyCapInput | null | undefined;
  /** Share kept back unsent (0..0.5). */
  holdoutShare?: number | null | undefined;
  /** Id of the campaign to replace; generated when absent. */
  id?: string | number | null | undefined;
  /** Ids of segments to address. */
  includeSegmentIds: Array<string | number>;
  /** Campaign name. */
  name: string;
  /** Why it is sent. */
  purpose: CampaignPurpose;
  /**
   * Transparency details; a political campaign needs a sponsor. Left out, a saved campaign keeps
   * the details it has (so a client that does not know them does not erase them); null removes them.
   */
  transparency?: TransparencyDetailsInput | null | undefined;
  /** Message variants. */
  variants?: Array<MessageVariantInput> | null | undefined;
};

/** Why a campaign is sent; political campaigns carry extra duties (EU 2024/900). */
export type CampaignPurpose =
  /** Public information, turnout, community. */
  | 'civic'
  /** Selling or retaining. */
  | 'commercial'
  /** Influencing opinions or votes. */
  | 'political';

/** A channel a person can be contacted on. */
export type Channel =
  /** E-mail. */
  | 'email'
  /** Phone call. */
  | 'phone'
  /** Letter by post. */
  | 'post'
  /** App push notification. */
  | 'push'
  /** Text message. */
  | 'sms';

/** What a composition row counts. */
export type CompositionRowKind =
  /** Profiles without a value. */
  | 'missing'
  /** Every other text value. */
  | 'other'
  /** A numeric bucket `[from, to)`. */
  | 'range'
  /** One value (enum, boolean, or a frequent text). */
  | 'value'
  /** A calendar year of a date. */
  | 'year';

export type DatePeriodInput = {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD`, on or after `from`. */
  to: string;
};

/**
 * Did events of a type between `atLeast` and `atMost` times (give one or both) in the
 * `withinDays` days up to `asOf`.
 */
export type EventConditionInput = {
  /** At least this many events. */
  atLeast?: number | null | undefined;
  /** At most this many events. */
  atMost?: number | null | undefined;
  /** Event type key. */
  type: string;
  /** Length of the window in days, ending at `asOf`. */
  withinDays: number;
};

export type FrequencyCapInput = {
  /** Largest number of messages. */
  maxMessages: number;
  /** Length of the window in days. */
  perDays: number;
};

/** Has an interest with at least a given affinity. */
export type InterestConditionInput = {
  /** Minimum affinity, 0..1. */
  minAffinity: number;
  /** Interest key. */
  topic: string;
};

/** Kinds of input problems. */
export type IssueCode =
  /** Something with that id or key exists already. */
  | 'duplicate'
  /** An `and` or `or` without children. */
  | 'empty_group'
  /** It cannot be deleted while something else uses it. */
  | 'in_use'
  /** A range whose minimum is above its maximum. */
  | 'invalid_range'
  /** The input does not have the expected shape. */
  | 'invalid_shape'
  /** Nothing with that id exists. */
  | 'not_found'
  /** The operator does not apply to the attribute's type. */
  | 'operator_not_supported'
  /**
   * A political campaign's included segment is not limited to people who consented to political
   * advertising (the workspace's `politicalConsentAttribute` is true), or the workspace records
   * no such consent.
   */
  | 'political_consent_not_ensured'
  /** Segments would reference each other in a cycle. */
  | 'reference_cycle'
  /** A template failed while rendering. */
  | 'render_error'
  /**
   * A commercial or civic campaign selects people by a special category of personal data, which
   * the workspace settings do not allow (GDPR Art. 9(1)).
   */
  | 'special_category_not_allowed'
  /**
   * A political campaign selects people by a special category of personal data (GDPR Art. 9(1);
   * EU 2024/900 Art. 18(1)(c)); the message names the attribute, its category, the segments and
   * the legal ground.
   */
  | 'special_category_political'
  /** A template does not parse. */
  | 'syntax_error'
  /** The rule nests deeper than allowed. */
  | 'too_deep'
  /** The input is larger than allowed. */
  | 'too_long'
  /** The rule has more nodes than allowed. */
  | 'too_many_nodes'
  /** The value does not fit the attribute's type. */
  | 'type_mismatch'
  /** No attribute with that key in the catalog. */
  | 'unknown_attribute'
  /** No event type with that key in the catalog. */
  | 'unknown_event_type'
  /** No interest with that key in the catalog. */
  | 'unknown_interest'
  /** No score model with that key in the catalog. */
  | 'unknown_score_model'
  /** No segment with that id. */
  | 'unknown_segment'
  /** A template uses a variable that the catalog does not have. */
  | 'unknown_variable'
  /** The value is not one the attribute allows. */
  | 'value_not_allowed';

export type MessageVariantInput = {
  /** The channel this text is for; null for all. */
  channel?: Channel | null | undefined;
  /** Variant id, unique within the campaign. */
  id: string | number;
  /** Name shown to strategists. */
  name: string;
  /** The segment this message is for. */
  segmentId: string | number;
  /** Subject line (e-mail), a Liquid template. */
  subject?: string | null | undefined;
  /** Body, a Liquid template. */
  template: string;
};

export type MoneyInput = {
  /** The amount. */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
};

/** Can be contacted on a channel: an address is present and consent is granted. */
export type ReachableConditionInput = {
  /** The channel. */
  channel: Channel;
};

/**
 * A segment rule: exactly one field is given. Groups nest freely (see the rule semantics in the
 * documentation for missing values, time windows and consent).
 */
export type RuleInput =
  | {
      /** All children hold. */
      and: Array<RuleInput>;
      attribute?: never;
      event?: never;
      interest?: never;
      not?: never;
      or?: never;
      reachable?: never;
      score?: never;
      segment?: never;
    }
  | {
      and?: never; /** A condition on an attribute. */
      attribute: AttributeConditionInput;
      event?: never;
      interest?: never;
      not?: never;
      or?: never;
      reachable?: never;
      score?: never;
      segment?: never;
    }
  | {
      and?: never;
      attribute?: never; /** An event count within a window. */
      event: EventConditionInput;
      interest?: never;
      not?: never;
      or?: never;
      reachable?: never;
      score?: never;
      segment?: never;
    }
  | {
      and?: never;
      attribute?: never;
      event?: never; /** An interest with a minimum affinity. */
      interest: InterestConditionInput;
      not?: never;
      or?: never;
      reachable?: never;
      score?: never;
      segment?: never;
    }
  | {
      and?: never;
      attribute?: never;
      event?: never;
      interest?: never; /** The child does not hold. */
      not: RuleInput;
      or?: never;
      reachable?: never;
      score?: never;
      segment?: never;
    }
  | {
      and?: never;
      attribute?: never;
      event?: never;
      interest?: never;
      not?: never; /** At least one child holds. */
      or: Array<RuleInput>;
      reachable?: never;
      score?: never;
      segment?: never;
    }
  | {
      and?: never;
      attribute?: never;
      event?: never;
      interest?: never;
      not?: never;
      or?: never; /** Reachability on a channel. */
      reachable: ReachableConditionInput;
      score?: never;
      segment?: never;
    }
  | {
      and?: never;
      attribute?: never;
      event?: never;
      interest?: never;
      not?: never;
      or?: never;
      reachable?: never; /** A score threshold. */
      score: ScoreConditionInput;
      segment?: never;
    }
  | {
      and?: never;
      attribute?: never;
      event?: never;
      interest?: never;
      not?: never;
      or?: never;
      reachable?: never;
      score?: never; /** Membership of a saved segment. */
      segment: SegmentConditionInput;
    };

/** A score compared with a threshold; a missing score never matches. */
export type ScoreConditionInput = {
  /** Score model key. */
  model: string;
  /** lt, lte, gt or gte. */
  op: AttributeOperator;
  /** Threshold, 0..1. */
  value: number;
};

/** Membership of a saved segment. */
export type SegmentConditionInput = {
  /** Id of the saved segment. */
  id: string | number;
};

/** What a segment is made of. */
export type SegmentInput = {
  /** What the segment is for. */
  description?: string | null | undefined;
  /** Name, 1..200 characters. */
  name: string;
  /** Who is in it. */
  rule: RuleInput;
};

/** A saved segment (by id) or a draft rule: exactly one. */
export type SegmentRef =
  | {
      /** A saved segment's id. */
      id: string | number;
      rule?: never;
    }
  | { id?: never; /** A draft rule, not saved. */ rule: RuleInput };

/** Special categories of personal data (GDPR Art. 9), which carry extra duties. */
export type SensitiveCategory =
  /** Biometric or genetic data. */
  | 'biometric_genetic'
  /** Racial or ethnic origin. */
  | 'ethnic_origin'
  /** Health data. */
  | 'health'
  /** Not a special category. */
  | 'none'
  /** Political opinions. */
  | 'political_opinion'
  /** Religious or philosophical beliefs. */
  | 'religious_belief'
  /** Sex life or sexual orientation. */
  | 'sexual_orientation'
  /** Trade-union membership. */
  | 'trade_union_membership';

/**
 * Transparency details to save with a campaign. A political campaign is refused without a sponsor
 * (name and contact), each problem named by its path (`campaign.transparency.sponsor.contact`).
 */
export type TransparencyDetailsInput = {
  /** What was paid, when it is to be published. */
  amountPaid?: MoneyInput | null | undefined;
  /** The election, referendum or legislative process the campaign is linked to, in words. */
  electionOrReferendum?: string | null | undefined;
  /** Who paid, when not the sponsor. */
  paidBy?: TransparencyPartyInput | null | undefined;
  /** The days the campaign's messages are sent. */
  period?: DatePeriodInput | null | undefined;
  /** Who the messages are for; required for political campaigns. */
  sponsor?: TransparencyPartyInput | null | undefined;
};

export type TransparencyPartyInput = {
  /** An email or postal address; required for a sponsor. */
  contact?: string | null | undefined;
  /** Name of the person or organisation. */
  name: string;
};

export type RuleCheckQueryVariables = Exact<{
  rule: RuleInput;
}>;

export type RuleCheckQuery = {
  validateRule: { valid: boolean; issues: Array<{ path: string; message: string }> };
  segmentSize:
    | { __typename: 'InputErrors' }
    | { __typename: 'SegmentSize'; size: number; population: number; share: number };
};

export type SubtreeSizesQueryVariables = Exact<{
  segments: Array<SegmentRef> | SegmentRef;
}>;

export type SubtreeSizesQuery = {
  segmentSizes: Array<
    { __typename: 'InputErrors' } | { __typename: 'SegmentSize'; size: number; share: number }
  >;
};

export type AttributeDistributionQueryVariables = Exact<{
  attribute: string;
}>;

export type AttributeDistributionQuery = {
  attributeDistribution:
    | {
        __typename: 'Composition';
        population: number;
        rows: Array<{
          kind: CompositionRowKind;
          label: string;
          value: string | number | boolean | null;
          from: number | null;
          to: number | null;
          populationCount: number;
        }>;
      }
    | { __typename: 'InputErrors' };
};

export type ReachEstimateQueryVariables = Exact<{
  campaign: CampaignInput;
  budget?: number | null | undefined;
}>;

export type ReachEstimateQuery = {
  reachEstimate:
    | { __typename: 'InputErrors'; issues: Array<{ path: string; message: string }> }
    | {
        __typename: 'ReachEstimate';
        audience: number;
        reachable: number;
        reachAtBudget: number | null;
        costAtFullReach: number;
        budget: number | null;
        channels: Array<{
          channel: Channel;
          reached: number;
          costPerContact: number;
          cost: number;
        }>;
        unreachable: {
          excluded: number;
          holdout: number;
          frequencyCapped: number;
          noAddress: number;
          noConsent: number;
        };
        curve: Array<{ budget: number; reach: number }>;
      };
};

export type SaveCampaignMutationVariables = Exact<{
  input: CampaignInput;
}>;

export type SaveCampaignMutation = {
  saveCampaign:
    | { __typename: 'Campaign'; id: string; name: string }
    | { __typename: 'InputErrors'; issues: Array<{ path: string; message: string }> };
};

export type SavedCampaignsQueryVariables = Exact<{ [key: string]: never }>;

export type SavedCampaignsQuery = {
  campaigns: Array<{
    id: string;
    name: string;
    purpose: CampaignPurpose;
    holdoutShare: number;
    includeSegments: Array<{ id: string }>;
    excludeSegments: Array<{ id: string }>;
    channels: Array<{ channel: Channel; costPerContact: number; priority: number }>;
    frequencyCap: { maxMessages: number; perDays: number } | null;
    budget: { amount: number; currency: string } | null;
    variants: Array<{
      id: string;
      name: string;
      segmentId: string;
      channel: Channel | null;
      subject: string | null;
      template: string;
    }>;
    transparency: {
      electionOrReferendum: string | null;
      sponsor: { name: string; contact: string } | null;
      paidBy: { name: string; contact: string | null } | null;
      amountPaid: { amount: number; currency: string } | null;
      period: { from: string; to: string } | null;
    } | null;
  }>;
};

export type CatalogQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogQuery = {
  catalog: {
    channels: Array<Channel>;
    attributes: Array<{
      key: string;
      label: string;
      description: string;
      type: AttributeType;
      values: Array<string>;
      unit: string | null;
      sensitive: SensitiveCategory;
      operators: Array<AttributeOperator>;
    }>;
    interests: Array<{ key: string; label: string }>;
    eventTypes: Array<{ key: string; label: string }>;
    scoreModels: Array<{ key: string; label: string }>;
  };
};

export type SegmentCompositionQueryVariables = Exact<{
  segment: SegmentRef;
  attribute: string;
}>;

export type SegmentCompositionQuery = {
  segmentComposition:
    | {
        __typename: 'Composition';
        segmentSize: number;
        rows: Array<{
          label: string;
          segmentCount: number;
          segmentShare: number;
          populationShare: number;
          lift: number | null;
        }>;
      }
    | { __typename: 'InputErrors'; issues: Array<{ path: string; message: string }> };
};

export type CheckMessageQueryVariables = Exact<{
  variant: MessageVariantInput;
}>;

export type CheckMessageQuery = {
  checkMessage:
    | { __typename: 'InputErrors'; issues: Array<{ path: string; message: string }> }
    | {
        __typename: 'TemplateCheck';
        valid: boolean;
        issues: Array<{
          path: string;
          code: IssueCode;
          message: string;
          line: number | null;
          column: number | null;
        }>;
        variables: Array<{ attribute: string; known: boolean; hasFallback: boolean }>;
        missingValues: Array<{ attribute: string; missing: number; of: number; message: string }>;
        sms: { encoding: string; units: number; segments: number; perSegment: number } | null;
      };
};

export type SegmentMembersQueryVariables = Exact<{
  segmentId: string | number;
  first: number;
}>;

export type SegmentMembersQuery = {
  profiles:
    | { __typename: 'InputErrors'; issues: Array<{ path: string; message: string }> }
    | { __typename: 'ProfilePage'; nodes: Array<{ id: string; externalId: string }> };
};

export type PreviewMessageQueryVariables = Exact<{
  variant: MessageVariantInput;
  profileId: string | number;
}>;

export type PreviewMessageQuery = {
  previewMessage:
    | {
        __typename: 'InputErrors';
        issues: Array<{
          path: string;
          message: string;
          line: number | null;
          column: number | null;
        }>;
      }
    | {
        __typename: 'MessagePreview';
        profileId: string;
        externalId: string;
        subject: string | null;
        text: string;
        html: boolean;
        missing: Array<string>;
        sms: { encoding: string; units: number; segments: number } | null;
      };
};

export type PreviewSampleQueryVariables = Exact<{
  variant: MessageVariantInput;
  n: number;
}>;

export type PreviewSampleQuery = {
  previewSample:
    | { __typename: 'InputErrors'; issues: Array<{ path: string; message: string }> }
    | {
        __typename: 'MessageSample';
        segmentSize: number;
        previews: Array<{
          profileId: string;
          externalId: string;
          subject: string | null;
          text: string;
          html: boolean;
          missing: Array<string>;
          sms: { segments: number } | null;
        }>;
      };
};

type TransparencyNoticeFields_InputErrors_Fragment = {
  __typename: 'InputErrors';
  issues: Array<{ path: string; message: string }>;
};

type TransparencyNoticeFields_TransparencyNotice_Fragment = {
  __typename: 'TransparencyNotice';
  required: boolean;
  electionOrReferendum: string | null;
  sponsor: { name: string; contact: string } | null;
  paidBy: { name: string; contact: string | null } | null;
  amountPaid: { amount: number; currency: string } | null;
  period: { from: string; to: string } | null;
  targeting: {
    included: Array<{ segmentId: string; segmentName: string; criteria: string }>;
    excluded: Array<{ segmentId: string; segmentName: string; criteria: string }>;
  };
};

export type TransparencyNoticeFieldsFragment =
  | TransparencyNoticeFields_InputErrors_Fragment
  | TransparencyNoticeFields_TransparencyNotice_Fragment;

export type CampaignTransparencyNoticesQueryVariables = Exact<{
  id: string | number;
}>;

export type CampaignTransparencyNoticesQuery = {
  campaign: {
    id: string;
    name: string;
    transparencyNotice:
      | { __typename: 'InputErrors'; issues: Array<{ path: string; message: string }> }
      | {
          __typename: 'TransparencyNotice';
          required: boolean;
          electionOrReferendum: string | null;
          sponsor: { name: string; contact: string } | null;
          paidBy: { name: string; contact: string | null } | null;
          amountPaid: { amount: number; currency: string } | null;
          period: { from: string; to: string } | null;
          targeting: {
            included: Array<{ segmentId: string; segmentName: string; criteria: string }>;
            excluded: Array<{ segmentId: string; segmentName: string; criteria: string }>;
          };
        }
      | null;
    variants: Array<{
      id: string;
      transparencyNotice:
        | { __typename: 'InputErrors'; issues: Array<{ path: string; message: string }> }
        | {
            __typename: 'TransparencyNotice';
            required: boolean;
            electionOrReferendum: string | null;
            sponsor: { name: string; contact: string } | null;
            paidBy: { name: string; contact: string | null } | null;
            amountPaid: { amount: number; currency: string } | null;
            period: { from: string; to: string } | null;
            targeting: {
              included: Array<{ segmentId: string; segmentName: string; criteria: string }>;
              excluded: Array<{ segmentId: string; segmentName: string; criteria: string }>;
            };
          }
        | null;
    }>;
  } | null;
};

export type SegmentOverlapQueryVariables = Exact<{
  segments: Array<SegmentRef> | SegmentRef;
}>;

export type SegmentOverlapQuery = {
  segmentOverlap:
    | { __typename: 'InputErrors'; issues: Array<{ path: string; message: string }> }
    | {
        __typename: 'SegmentOverlap';
        sizes: Array<number>;
        intersections: Array<Array<number>>;
        union: number;
        population: number;
      };
};

export type RuleSizeQueryVariables = Exact<{
  rule: RuleInput;
}>;

export type RuleSizeQuery = {
  segmentSize: { __typename: 'InputErrors' } | { __typename: 'SegmentSize'; size: number };
};

export type SegmentsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type SegmentsQuery = {
  segments: Array<{ id: string; name: string; description: string; rule: unknown; size: number }>;
};

export type SegmentQueryVariables = Exact<{
  id: string | number;
}>;

export type SegmentQuery = { segment: { id: string; name: string; description: string } | null };

export type CreateSegmentMutationVariables = Exact<{
  input: SegmentInput;
}>;

export type CreateSegmentMutation = {
  createSegment:
    | { __typename: 'InputErrors'; issues: Array<{ path: string; message: string }> }
    | { __typename: 'Segment'; id: string; name: string; size: number };
};

export type UpdateSegmentMutationVariables = Exact<{
  id: string | number;
  input: SegmentInput;
}>;

export type UpdateSegmentMutation = {
  updateSegment:
    | { __typename: 'InputErrors'; issues: Array<{ path: string; message: string }> }
    | { __typename: 'Segment'; id: string; name: string; size: number };
};

export const TransparencyNoticeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransparencyNoticeFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'TransparencyNoticeResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'TransparencyNotice' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sponsor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'paidBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'electionOrReferendum' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountPaid' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targeting' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'included' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'segmentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'segmentName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'criteria' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'excluded' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'segmentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'segmentName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'criteria' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InputErrors' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransparencyNoticeFieldsFragment, unknown>;
export const RuleCheckDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RuleCheck' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rule' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'validateRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rule' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rule' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'valid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segmentSize' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'segment' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'rule' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'rule' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'SegmentSize' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RuleCheckQuery, RuleCheckQueryVariables>;
export const SubtreeSizesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SubtreeSizes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'segments' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'SegmentRef' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segmentSizes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'segments' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'segments' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'SegmentSize' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubtreeSizesQuery, SubtreeSizesQueryVariables>;
export const AttributeDistributionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AttributeDistribution' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attribute' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeDistribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'attribute' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'attribute' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'Composition' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'populationCount' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AttributeDistributionQuery, AttributeDistributionQueryVariables>;
export const ReachEstimateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReachEstimate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'campaign' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CampaignInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'budget' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reachEstimate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'campaign' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'draft' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'campaign' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'budget' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'budget' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ReachEstimate' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reachable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reachAtBudget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costAtFullReach' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reached' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'costPerContact' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unreachable' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'excluded' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'holdout' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'frequencyCapped' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'noAddress' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'noConsent' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'curve' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InputErrors' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReachEstimateQuery, ReachEstimateQueryVariables>;
export const SaveCampaignDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveCampaign' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CampaignInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveCampaign' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InputErrors' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveCampaignMutation, SaveCampaignMutationVariables>;
export const SavedCampaignsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SavedCampaigns' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'campaigns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'includeSegments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'excludeSegments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'channels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costPerContact' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'holdoutShare' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'frequencyCap' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'maxMessages' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'perDays' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'budget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'variants' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'segmentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'template' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'transparency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sponsor' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'paidBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'electionOrReferendum' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amountPaid' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'period' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SavedCampaignsQuery, SavedCampaignsQueryVariables>;
export const CatalogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Catalog' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalog' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attributes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sensitive' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operators' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interests' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'eventTypes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoreModels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'channels' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const SegmentCompositionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SegmentComposition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'segment' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SegmentRef' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attribute' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segmentComposition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'segment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'segment' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'attribute' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'attribute' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'Composition' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'segmentSize' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'segmentCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'segmentShare' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'populationShare' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lift' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InputErrors' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SegmentCompositionQuery, SegmentCompositionQueryVariables>;
export const CheckMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'variant' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MessageVariantInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'variant' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'draft' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'variant' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'TemplateCheck' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'valid' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'variables' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'known' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasFallback' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'missingValues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'of' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sms' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'encoding' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'units' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'perSegment' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InputErrors' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckMessageQuery, CheckMessageQueryVariables>;
export const SegmentMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SegmentMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'segmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'profiles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'segmentId' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ProfilePage' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InputErrors' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SegmentMembersQuery, SegmentMembersQueryVariables>;
export const PreviewMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PreviewMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'variant' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MessageVariantInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'profileId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'variant' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'draft' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'variant' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'profileId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'profileId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'MessagePreview' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'profileId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'html' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sms' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'encoding' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'units' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InputErrors' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PreviewMessageQuery, PreviewMessageQueryVariables>;
export const PreviewSampleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PreviewSample' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'variant' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MessageVariantInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'n' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewSample' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'variant' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'draft' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'variant' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'n' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'n' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'MessageSample' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'segmentSize' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'previews' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'profileId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'html' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sms' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InputErrors' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PreviewSampleQuery, PreviewSampleQueryVariables>;
export const CampaignTransparencyNoticesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CampaignTransparencyNotices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'campaign' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'transparencyNotice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TransparencyNoticeFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'variants' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'transparencyNotice' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'TransparencyNoticeFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TransparencyNoticeFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'TransparencyNoticeResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'TransparencyNotice' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sponsor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'paidBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'electionOrReferendum' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountPaid' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targeting' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'included' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'segmentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'segmentName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'criteria' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'excluded' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'segmentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'segmentName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'criteria' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InputErrors' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CampaignTransparencyNoticesQuery,
  CampaignTransparencyNoticesQueryVariables
>;
export const SegmentOverlapDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SegmentOverlap' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'segments' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'SegmentRef' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segmentOverlap' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'segments' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'segments' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'SegmentOverlap' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sizes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'intersections' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'union' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InputErrors' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SegmentOverlapQuery, SegmentOverlapQueryVariables>;
export const RuleSizeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RuleSize' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rule' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segmentSize' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'segment' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'rule' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'rule' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'SegmentSize' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'size' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RuleSizeQuery, RuleSizeQueryVariables>;
export const SegmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Segments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SegmentsQuery, SegmentsQueryVariables>;
export const SegmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Segment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SegmentQuery, SegmentQueryVariables>;
export const CreateSegmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSegment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SegmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSegment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Segment' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InputErrors' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSegmentMutation, CreateSegmentMutationVariables>;
export const UpdateSegmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSegment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SegmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSegment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Segment' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InputErrors' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSegmentMutation, UpdateSegmentMutationVariables>;
