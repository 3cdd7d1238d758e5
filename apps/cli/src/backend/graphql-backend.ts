import type { Issue } from '@pinpoint/domain';
import type { Answer, PinpointBackend, SegmentTarget } from './backend';
import type { GraphQLClient } from './graphql-client';
import {
  CATALOG,
  CREATE_SEGMENT,
  ERASE_PROFILE,
  PREVIEW_MESSAGE,
  PROFILE_ID,
  REACH_ESTIMATE,
  SEGMENT,
  SEGMENT_COMPOSITION,
  SEGMENT_OVERLAP,
  SEGMENT_SIZE,
  SEGMENTS,
  type Payload,
  type WireIssue,
} from './graphql-documents';

const toIssue = ({ line, column, ...issue }: WireIssue): Issue => ({
  ...issue,
  ...(line === null ? {} : { line }),
  ...(column === null ? {} : { column }),
});

/** A union result as an answer: the value without its type name, or its issues. */
function answer<Name extends string, T, R>(
  payload: Payload<Name, T>,
  map: (value: T) => R,
): Answer<R> {
  if (payload.__typename === 'InputErrors')
    return { ok: false, issues: (payload as { issues: WireIssue[] }).issues.map(toIssue) };
  const { __typename: _, ...value } = payload as { __typename: Name } & T;
  return { ok: true, value: map(value as T) };
}

/** The source's instant as the `asOf` every answer carries. */
const sourced = <T extends { source: { asOf: string } }>({ source, ...rest }: T) => ({
  ...rest,
  asOf: new Date(source.asOf),
});

const instant = (asOf: Date | undefined) => (asOf ? { asOf: asOf.toISOString() } : {});
const ref = (target: SegmentTarget) => ('id' in target ? { id: target.id } : { rule: target.rule });

/**
 * Asks a running Pinpoint API over GraphQL, exactly as a partner tool would: one typed
 * document per question, no access to the database.
 */
export function graphqlBackend(client: GraphQLClient): PinpointBackend {
  return {
    description: `the API at ${client.endpoint}`,
    async catalog() {
      return (await client.request(CATALOG, {})).catalog;
    },
    async listSegments({ sizes, asOf }) {
      const { segments } = await client.request(SEGMENTS, { sizes, ...instant(asOf) });
      return segments.map((s) => ({ ...s, size: s.size ?? null }));
    },
    async getSegment(id, asOf) {
      return (await client.request(SEGMENT, { id, ...instant(asOf) })).segment;
    },
    async createSegment(input) {
      const { createSegment } = await client.request(CREATE_SEGMENT, { input });
      return answer(createSegment, (segment) => segment);
    },
    async count(target, asOf) {
      const { segmentSize } = await client.request(SEGMENT_SIZE, {
        segment: ref(target),
        ...instant(asOf),
      });
      return answer(segmentSize, sourced);
    },
    async overlap(targets, asOf) {
      const { segmentOverlap } = await client.request(SEGMENT_OVERLAP, {
        segments: targets.map(ref),
        ...instant(asOf),
      });
      return answer(segmentOverlap, sourced);
    },
    async composition(target, attribute, { buckets, asOf }) {
      const { segmentComposition } = await client.request(SEGMENT_COMPOSITION, {
        segment: ref(target),
        attribute,
        ...(buckets ? { buckets } : {}),
        ...instant(asOf),
      });
      return answer(segmentComposition, sourced);
    },
    async reach(campaign, { budget, asOf }) {
      const { reachEstimate } = await client.request(REACH_ESTIMATE, {
        campaign,
        ...(budget === undefined ? {} : { budget }),
        ...instant(asOf),
      });
      return answer(reachEstimate, sourced);
    },
    async preview(variant, profile) {
      let profileId: string;
      if ('id' in profile) profileId = profile.id;
      else {
        const found = await client.request(PROFILE_ID, { externalId: profile.externalId });
        if (!found.profile)
          return {
            ok: false,
            issues: [
              {
                path: 'profileId',
                code: 'not_found',
                message: `no profile with external id "${profile.externalId}"`,
              },
            ],
          };
        profileId = found.profile.id;
      }
      const { previewMessage } = await client.request(PREVIEW_MESSAGE, { variant, profileId });
      return answer(previewMessage, (preview) => preview);
    },
    async eraseProfile(profile) {
      const { eraseProfile } = await client.request(ERASE_PROFILE, profile);
      return answer(eraseProfile, (erasure) => erasure);
    },
    close: () => Promise.resolve(),
  };
}
