import type {
  Composition,
  Issue,
  ReachEstimate,
  SegmentOverlap,
  SegmentRule,
  SmsLength,
} from '@pinpoint/domain';

/** An answer, or the path-named issues that stopped it (expected failures are values). */
export type Answer<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** What an audience question is about: a saved segment by id, or a draft rule (untrusted JSON). */
export type SegmentTarget = { id: string } | { rule: unknown };

/** A saved campaign by id, or a draft plan (untrusted JSON in the shape of `CampaignInput`). */
export type CampaignTarget = { id: string } | { draft: unknown };

/** A variant of a saved campaign, or a draft variant (the shape of `MessageVariantInput`). */
export type VariantTarget =
  { saved: { campaignId: string; variantId: string } } | { draft: unknown };

/** A profile by Pinpoint id, or by the id it has in the system it came from. */
export type ProfileTarget = { id: string } | { externalId: string };

/** A saved segment; `size` only when asked for. */
export interface SegmentSummary {
  id: string;
  name: string;
  description: string;
  size: number | null;
}

/** A saved segment with its rule and size. */
export interface SegmentDetail {
  id: string;
  name: string;
  description: string;
  rule: SegmentRule;
  size: number;
}

/** Every answer says which instant it was evaluated at (event windows end there). */
export interface AsOf {
  asOf: Date;
}

/** The exact size of an audience and the population it is part of. */
export interface SizeAnswer extends AsOf {
  size: number;
  population: number;
  share: number;
}

/** A composition; the attribute reduced to what is shown. */
export type CompositionAnswer = Omit<Composition, 'attribute'> &
  AsOf & { attribute: { key: string; label: string; type: string; unit: string | null } };

/** A message rendered for one profile. */
export interface MessagePreview {
  profileId: string;
  externalId: string;
  subject: string | null;
  text: string;
  html: boolean;
  missing: string[];
  sms: SmsLength | null;
}

/** What erasing a person did (GDPR Art. 17). */
export interface ErasureAnswer {
  /** Whether a profile was found and erased; false when there was none (erased before, say). */
  erased: boolean;
  /** The pseudonym the audit log keeps the erased profile under; null when none was erased. */
  pseudonym: string | null;
}

/** A named catalog entry: an interest topic, event type or score model. */
export interface CatalogEntryAnswer {
  key: string;
  label: string;
  description: string;
}

/** What profiles in the workspace can carry: what rules, compositions and exports may name. */
export interface CatalogAnswer {
  attributes: (CatalogEntryAnswer & {
    type: string;
    /** Allowed values of an enum attribute; empty for other types. */
    values: string[];
    unit: string | null;
    sensitive: string;
  })[];
  interests: CatalogEntryAnswer[];
  eventTypes: CatalogEntryAnswer[];
  scoreModels: CatalogEntryAnswer[];
  channels: string[];
}

/**
 * Everything the commands ask, whatever answers: the database directly (PGlite or PostgreSQL,
 * through the same db and domain functions the API's services use) or a running API over
 * GraphQL. Both give the same answers, so each command is written once.
 */
export interface PinpointBackend {
  /** What answers, for messages: `the embedded database at …`, `the API at …`. */
  readonly description: string;
  catalog(): Promise<CatalogAnswer>;
  listSegments(options: { sizes: boolean; asOf?: Date | undefined }): Promise<SegmentSummary[]>;
  getSegment(id: string, asOf?: Date): Promise<SegmentDetail | null>;
  createSegment(input: {
    name: string;
    description?: string | undefined;
    rule: unknown;
  }): Promise<Answer<SegmentDetail>>;
  count(target: SegmentTarget, asOf?: Date): Promise<Answer<SizeAnswer>>;
  overlap(targets: readonly SegmentTarget[], asOf?: Date): Promise<Answer<SegmentOverlap & AsOf>>;
  composition(
    target: SegmentTarget,
    attribute: string,
    options: { buckets?: readonly number[] | undefined; asOf?: Date | undefined },
  ): Promise<Answer<CompositionAnswer>>;
  reach(
    campaign: CampaignTarget,
    options: { budget?: number | undefined; asOf?: Date | undefined },
  ): Promise<Answer<ReachEstimate & AsOf>>;
  preview(variant: VariantTarget, profile: ProfileTarget): Promise<Answer<MessagePreview>>;
  /**
   * Erases a person: the profile and its facts are deleted, and the audit log keeps only a
   * pseudonymous record. Changes nothing when there is no such profile.
   */
  eraseProfile(profile: ProfileTarget): Promise<Answer<ErasureAnswer>>;
  close(): Promise<void>;
}
