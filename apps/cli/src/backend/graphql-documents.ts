import type {
  CompositionRow,
  IssueCode,
  ReachEstimate,
  SegmentRule,
  SmsLength,
} from '@pinpoint/domain';
import type { CatalogAnswer } from './backend';
import { graphql } from './graphql-client';

/** An issue as the API sends it: `line` and `column` are null outside templates. */
export interface WireIssue {
  path: string;
  code: IssueCode;
  message: string;
  line: number | null;
  column: number | null;
}

/** The failure member of every result union. */
export interface InputErrors {
  __typename: 'InputErrors';
  issues: WireIssue[];
}

/** A union result: the answer with its type name, or input errors. */
export type Payload<Name extends string, T> = ({ __typename: Name } & T) | InputErrors;

type WireRef = { id: string } | { rule: unknown };
type Instant = { asOf?: string | undefined };

const ISSUES = 'issues { path code message line column }';

export const CATALOG = graphql<{ catalog: CatalogAnswer }>(`
  query Catalog {
    catalog {
      attributes {
        key
        label
        description
        type
        values
        unit
        sensitive
      }
      interests {
        key
        label
        description
      }
      eventTypes {
        key
        label
        description
      }
      scoreModels {
        key
        label
        description
      }
      channels
    }
  }
`);

export const SEGMENTS = graphql<
  { segments: { id: string; name: string; description: string; size?: number }[] },
  { sizes: boolean } & Instant
>(`
  query Segments($sizes: Boolean!, $asOf: DateTime) {
    segments {
      id
      name
      description
      size(asOf: $asOf) @include(if: $sizes)
    }
  }
`);

interface WireSegment {
  id: string;
  name: string;
  description: string;
  rule: SegmentRule;
  size: number;
}

export const SEGMENT = graphql<{ segment: WireSegment | null }, { id: string } & Instant>(`
  query Segment($id: ID!, $asOf: DateTime) {
    segment(id: $id) {
      id
      name
      description
      rule
      size(asOf: $asOf)
    }
  }
`);

export const CREATE_SEGMENT = graphql<
  { createSegment: Payload<'Segment', WireSegment> },
  { input: { name: string; description?: string | undefined; rule: unknown } }
>(`mutation CreateSegment($input: SegmentInput!) {
  createSegment(input: $input) {
    __typename
    ... on Segment { id name description rule size }
    ... on InputErrors { ${ISSUES} }
  }
}`);

interface Source {
  source: { asOf: string };
}

export const SEGMENT_SIZE = graphql<
  {
    segmentSize: Payload<
      'SegmentSize',
      { size: number; population: number; share: number } & Source
    >;
  },
  { segment: WireRef } & Instant
>(`query SegmentSize($segment: SegmentRef!, $asOf: DateTime) {
  segmentSize(segment: $segment, asOf: $asOf) {
    __typename
    ... on SegmentSize { size population share source { asOf } }
    ... on InputErrors { ${ISSUES} }
  }
}`);

export const SEGMENT_OVERLAP = graphql<
  {
    segmentOverlap: Payload<
      'SegmentOverlap',
      { sizes: number[]; intersections: number[][]; union: number; population: number } & Source
    >;
  },
  { segments: WireRef[] } & Instant
>(`query SegmentOverlap($segments: [SegmentRef!]!, $asOf: DateTime) {
  segmentOverlap(segments: $segments, asOf: $asOf) {
    __typename
    ... on SegmentOverlap { sizes intersections union population source { asOf } }
    ... on InputErrors { ${ISSUES} }
  }
}`);

export const SEGMENT_COMPOSITION = graphql<
  {
    segmentComposition: Payload<
      'Composition',
      {
        attribute: { key: string; label: string; type: string; unit: string | null };
        segmentSize: number;
        population: number;
        rows: CompositionRow[];
      } & Source
    >;
  },
  { segment: WireRef; attribute: string; buckets?: readonly number[] | undefined } & Instant
>(`query SegmentComposition($segment: SegmentRef!, $attribute: String!, $buckets: [Float!], $asOf: DateTime) {
  segmentComposition(segment: $segment, attribute: $attribute, buckets: $buckets, asOf: $asOf) {
    __typename
    ... on Composition {
      attribute { key label type unit }
      segmentSize population
      rows { kind label value from to segmentCount segmentShare populationCount populationShare lift }
      source { asOf }
    }
    ... on InputErrors { ${ISSUES} }
  }
}`);

export const REACH_ESTIMATE = graphql<
  { reachEstimate: Payload<'ReachEstimate', ReachEstimate & Source> },
  { campaign: { id: string } | { draft: unknown }; budget?: number | undefined } & Instant
>(`query ReachEstimate($campaign: CampaignRef!, $budget: Float, $asOf: DateTime) {
  reachEstimate(campaign: $campaign, budget: $budget, asOf: $asOf) {
    __typename
    ... on ReachEstimate {
      audience reachable
      channels { channel reached costPerContact cost }
      unreachable { excluded holdout frequencyCapped noAddress noConsent }
      costAtFullReach budget reachAtBudget
      curve { budget reach }
      source { asOf }
    }
    ... on InputErrors { ${ISSUES} }
  }
}`);

export const PROFILE_ID = graphql<{ profile: { id: string } | null }, { externalId: string }>(`
  query ProfileId($externalId: String!) {
    profile(externalId: $externalId) {
      id
    }
  }
`);

export const PREVIEW_MESSAGE = graphql<
  {
    previewMessage: Payload<
      'MessagePreview',
      {
        profileId: string;
        externalId: string;
        subject: string | null;
        text: string;
        html: boolean;
        missing: string[];
        sms: SmsLength | null;
      }
    >;
  },
  {
    variant: { saved: { campaignId: string; variantId: string } } | { draft: unknown };
    profileId: string;
  }
>(`query PreviewMessage($variant: VariantRef!, $profileId: ID!) {
  previewMessage(variant: $variant, profileId: $profileId) {
    __typename
    ... on MessagePreview {
      profileId externalId subject text html missing
      sms { encoding units segments perSegment }
    }
    ... on InputErrors { ${ISSUES} }
  }
}`);

export const ERASE_PROFILE = graphql<
  { eraseProfile: Payload<'ProfileErasure', { erased: boolean; pseudonym: string | null }> },
  { id?: string; externalId?: string }
>(`mutation EraseProfile($id: ID, $externalId: String) {
  eraseProfile(id: $id, externalId: $externalId) {
    __typename
    ... on ProfileErasure { erased pseudonym }
    ... on InputErrors { ${ISSUES} }
  }
}`);
