import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ANONYMOUS_ACTOR_KINDS,
  AUDIT_ACTOR_KINDS,
  AUDIT_OPERATIONS,
  sqlStringList,
} from './audit-vocabulary';

/**
 * Storage layout. Profiles keep their catalog attributes in one `jsonb` column: the catalog
 * is data (each workspace defines and imports its own attributes), so adding an attribute
 * never needs a migration, and values are typed by validation on the way in. Set-valued facts
 * (interests, events, scores, channels) live in their own tables keyed by `profile_id`, so
 * that every table can be sharded by profile id and joins stay on the shard (Citus
 * co-location). Uniqueness lives only in primary keys that contain the profile id, which a
 * sharded database can enforce.
 */

/** A tenant: every profile, segment, campaign and catalog entry belongs to one. */
export const workspaces = pgTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Bumped by bulk loads, which the change log does not list row by row: readers rebuild. */
  dataVersion: bigint('data_version', { mode: 'number' }).notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Typed attribute definitions of a workspace's catalog. */
export const catalogAttributes = pgTable(
  'catalog_attributes',
  {
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
    type: text('type').notNull(),
    enumValues: jsonb('enum_values').$type<string[] | null>(),
    unit: text('unit'),
    sensitive: text('sensitive').notNull().default('none'),
    position: bigint('position', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.key] }),
    check(
      'catalog_attributes_type',
      sql`${t.type} in ('string', 'number', 'boolean', 'date', 'enum')`,
    ),
  ],
);

/** Untyped catalog entries: interest topics, event types and score models. */
export const catalogEntries = pgTable(
  'catalog_entries',
  {
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.kind, t.key] }),
    check('catalog_entries_kind', sql`${t.kind} in ('interest', 'event_type', 'score_model')`),
  ],
);

/** People. `id` is derived from the external id (see `profileIdFor`), so upserts are idempotent. */
export const profiles = pgTable(
  'profiles',
  {
    id: uuid('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    externalId: text('external_id').notNull(),
    attributes: jsonb('attributes')
      .$type<Record<string, string | number | boolean>>()
      .notNull()
      .default({}),
    preferredChannel: text('preferred_channel'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('profiles_workspace_idx').on(t.workspaceId, t.id)],
);

/** A person's interests with their affinity (0..1). */
export const profileInterests = pgTable(
  'profile_interests',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    topic: text('topic').notNull(),
    affinity: doublePrecision('affinity').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.profileId, t.topic] }),
    index('profile_interests_topic_idx').on(t.topic, t.affinity),
  ],
);

/** Things people did, over time. */
export const profileEvents = pgTable(
  'profile_events',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    id: bigint('id', { mode: 'number' }).generatedByDefaultAsIdentity(),
    type: text('type').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.profileId, t.id] }),
    index('profile_events_type_time_idx').on(t.type, t.occurredAt),
  ],
);

/** Predicted scores (0..1) per model. */
export const profileScores = pgTable(
  'profile_scores',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    model: text('model').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.model] })],
);

/** Addresses and consent per channel. A blank address is stored as null. */
export const profileChannels = pgTable(
  'profile_channels',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    address: text('address'),
    consent: text('consent').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.profileId, t.channel] }),
    check('profile_channels_consent', sql`${t.consent} in ('granted', 'denied', 'unknown')`),
    check('profile_channels_address', sql`${t.address} is null or ${t.address} <> ''`),
  ],
);

/** Saved segments; `rule` holds a validated `SegmentRule`. */
export const segments = pgTable(
  'segments',
  {
    id: text('id').notNull(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    rule: jsonb('rule').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Ids are chosen per workspace (demo segments have fixed ids), so they are unique per workspace.
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('segments_workspace_idx').on(t.workspaceId, t.name),
  ],
);

/** Campaign plans; `definition` holds a validated `Campaign` without its id and name. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: text('id').notNull(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    definition: jsonb('definition').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('campaigns_workspace_idx').on(t.workspaceId, t.name),
  ],
);

/**
 * Profiles written or deleted through Pinpoint, in order: what in-memory indexes replay to
 * stay fresh. One row per changed profile per write; bulk loads bump
 * `workspaces.data_version` instead.
 */
export const profileChanges = pgTable(
  'profile_changes',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    profileId: uuid('profile_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('profile_changes_workspace_seq_idx').on(t.workspaceId, t.seq)],
);

/**
 * Keys partner tools and scripts call the API with. Only a hash of the secret is kept: the
 * token is shown once, when the key is made. `tier` decides what numbers the key sees
 * (`member`: exact; `partner`: aggregates made safe); `scopes` what it may do.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tier: text('tier').notNull(),
    scopes: text('scopes').array().notNull(),
    secretHash: text('secret_hash').notNull(),
    /** Requests a minute the key may make (a token bucket of this size, refilled per minute). */
    rateLimitPerMinute: bigint('rate_limit_per_minute', { mode: 'number' }).notNull().default(600),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('api_keys_workspace_idx').on(t.workspaceId, t.createdAt),
    check('api_keys_tier', sql`${t.tier} in ('member', 'partner')`),
  ],
);

/**
 * Who asked what, and which numbers or people it released: one row per request that reads
 * about people or changes what is kept about them. Append-only in the database (migration
 * 0005): a trigger refuses updates and deletes, and requests (`pinpoint_app`) may only read
 * and insert. The one exception is erasure, which replaces `subject` with a pseudonym (see
 * `pseudonymiseAuditSubject`).
 *
 * No foreign key to `workspaces`: a cascade would have to delete entries, which the trigger
 * refuses, and the record of what was done outlives the workspace it was done in. The
 * primary key leads with `workspace_id` so that the table can be distributed by it (Citus).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    workspaceId: text('workspace_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    operation: text('operation').notNull(),
    /** The normalised rule or question, as the caller asked it. */
    query: jsonb('query'),
    /** The numbers released, noised or exact, as the caller saw them. */
    released: jsonb('released'),
    epsilonSpent: doublePrecision('epsilon_spent').notNull().default(0),
    tier: text('tier'),
    /** The profile a preview showed or an erasure removed; a pseudonym after erasure. */
    subject: text('subject'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('audit_log_workspace_at_idx').on(t.workspaceId, t.at),
    // Erasure looks entries up by subject; most entries have none.
    index('audit_log_workspace_subject_idx')
      .on(t.workspaceId, t.subject)
      .where(sql`${t.subject} is not null`),
    check(
      'audit_log_actor_kind',
      sql`${t.actorKind} in (${sql.raw(sqlStringList(AUDIT_ACTOR_KINDS))})`,
    ),
    check(
      'audit_log_actor_id',
      sql`${t.actorId} is not null or ${t.actorKind} in (${sql.raw(sqlStringList(ANONYMOUS_ACTOR_KINDS))})`,
    ),
    check(
      'audit_log_operation',
      sql`${t.operation} in (${sql.raw(sqlStringList(AUDIT_OPERATIONS))})`,
    ),
    check('audit_log_tier', sql`${t.tier} is null or ${t.tier} in ('member', 'partner')`),
    // NaN compares greater than every number in PostgreSQL, so this refuses it too.
    check(
      'audit_log_epsilon_spent',
      sql`${t.epsilonSpent} >= 0 and ${t.epsilonSpent} < 'Infinity'::double precision`,
    ),
  ],
);

/**
 * The privacy budget ledger: what each API key has paid for, per budget period and question.
 * A question is paid for per ε (the same question at another ε draws fresh noise, so it is
 * another release), and `numbers` is how many of its numbers are paid for: asking again for
 * no more numbers costs nothing. ε per number is exact (`numeric`), so that sums over a
 * period are exact too; `epsilon` is the total for reading.
 *
 * A period is named by its first instant, so a workspace is expected to keep its period unit:
 * after a switch from days to months, the spends of the day a month starts on would count
 * towards that month. The key leads with `key_id` so that the table can be distributed by it
 * (Citus): every spend reads and writes one key's rows only.
 */
export const privacyBudgetSpends = pgTable(
  'privacy_budget_spends',
  {
    workspaceId: text('workspace_id').notNull(),
    keyId: text('key_id').notNull(),
    periodStart: timestamp('period_start', { withTimezone: true }).notNull(),
    queryKey: text('query_key').notNull(),
    epsilonPerNumber: numeric('epsilon_per_number', { precision: 10, scale: 4 }).notNull(),
    numbers: integer('numbers').notNull(),
    epsilon: doublePrecision('epsilon')
      .notNull()
      .generatedAlwaysAs(sql`(numbers * epsilon_per_number)::double precision`),
    /** When the question was last charged for. */
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({
      name: 'privacy_budget_spends_pk',
      columns: [t.keyId, t.periodStart, t.queryKey, t.epsilonPerNumber],
    }),
    check('privacy_budget_spends_numbers', sql`${t.numbers} >= 1`),
    check('privacy_budget_spends_epsilon', sql`${t.epsilonPerNumber} > 0`),
  ],
);

/**
 * A workspace's choices: who may be targeted on special categories of personal data (GDPR
 * Art. 9) and how numbers are released to partners. No row means the defaults (see
 * `getWorkspaceSettings`), so a new workspace needs none. ε is exact (`numeric`), like the
 * budget ledger's, so that a budget is spent in exact steps.
 */
export const workspaceSettings = pgTable(
  'workspace_settings',
  {
    workspaceId: text('workspace_id')
      .primaryKey()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** Key of the boolean attribute that records explicit consent to political advertising. */
    politicalConsentAttribute: text('political_consent_attribute'),
    allowSensitiveCommercial: boolean('allow_sensitive_commercial').notNull().default(false),
    minimumAudience: integer('minimum_audience').notNull().default(100),
    epsilonPerNumber: numeric('epsilon_per_number', { precision: 10, scale: 4 })
      .notNull()
      .default('0.1'),
    budgetEpsilon: numeric('budget_epsilon', { precision: 10, scale: 4 }).notNull().default('1'),
    budgetPeriod: text('budget_period').notNull().default('day'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('workspace_settings_minimum_audience', sql`${t.minimumAudience} >= 0`),
    check('workspace_settings_epsilon_per_number', sql`${t.epsilonPerNumber} > 0`),
    check('workspace_settings_budget_epsilon', sql`${t.budgetEpsilon} > 0`),
    check('workspace_settings_budget_period', sql`${t.budgetPeriod} in ('day', 'month')`),
  ],
);
