import {
  campaignRules,
  channelsByPriority,
  checkReachRequest,
  reachFromCounts,
  type Campaign,
  type Channel,
  type ReachCounts,
  type ReachEstimateResult,
  type ReachOptions,
  type ReachOutcome,
  type SegmentRule,
} from '@pinpoint/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { AudienceContext } from './audience-queries';
import type { Database } from './client';
import { compileRulesToSql } from './rule-sql';

/**
 * Who a campaign would reach at `context.asOf`: one query classifies every member of the
 * included segments (excluded, holdout, frequency cap, the channel they get, or no address /
 * no consent, in that order; see SEMANTICS.md) and counts per outcome; `reachFromCounts`
 * does the money. Unknown segments come back as issues naming their place in the campaign.
 */
export async function estimateReach(
  db: Database,
  campaign: Campaign,
  context: AudienceContext,
  options: ReachOptions = {},
): Promise<ReachEstimateResult> {
  const checked = checkReachRequest(campaign, context.segments, options.budget);
  if (!checked.ok) return checked;
  const rows = await db.rows<{ outcome: ReachOutcome; n: number }>(
    sql`select o.outcome, count(*)::int as n from (${outcomesSql(campaign, context)}) o group by o.outcome`,
  );
  const counts: ReachCounts = Object.fromEntries(rows.map((row) => [row.outcome, row.n]));
  return { ok: true, value: reachFromCounts(campaign, counts, options) };
}

/** The outcome of every audience member, one row each. */
function outcomesSql(campaign: Campaign, context: AudienceContext): SQL {
  const rules = campaignRules(campaign, context.catalog);
  const inWorkspace = sql`p.workspace_id = ${context.workspaceId}`;
  // Include, exclude and cap rules share one set of joins: one scan of the profiles.
  const optional = [rules.exclude, rules.frequencyCapped];
  const { joins, wheres } = compileRulesToSql(
    [rules.include, ...optional.filter((r): r is SegmentRule => r !== null)],
    context,
  );
  const [includeWhere = sql`false`, ...rest] = wheres;
  const excludedTest = rules.exclude ? (rest.shift() ?? null) : null;
  const cappedTest = rules.frequencyCapped ? (rest.shift() ?? null) : null;
  // The holdout draw of `holdoutFraction`: the first 32 bits of the md5, over 2³².
  const heldOut =
    campaign.holdoutShare > 0
      ? sql`('x' || substr(md5(${campaign.id}::text || ':' || p.id::text), 1, 8))::bit(32)::bigint::float8 / 4294967296 < ${campaign.holdoutShare}::float8`
      : null;
  const losses: [SQL | null, ReachOutcome][] = [
    [excludedTest, 'excluded'],
    [heldOut, 'holdout'],
    [cappedTest, 'frequency_cap'],
  ];
  const choice = channelChoice(campaign);
  const cases = [
    ...losses.flatMap(([test, value]) => (test ? [sql`when ${test} then ${text(value)}`] : [])),
    ...choice.cases,
  ];
  return sql`select case ${sql.join(cases, sql` `)} else ${text('no_address')} end as outcome
    from profiles p ${joins} ${choice.join}
    where ${inWorkspace} and ${includeWhere}`;
}

const text = (value: ReachOutcome) => sql`${value}::text`;

/**
 * The channel a person gets, as `case` branches over one row of flags per profile (`c`):
 * reachable on each campaign channel (address and granted consent, as `isReachable`) and
 * an address on any of them. The preferred channel first, then by `channelsByPriority`;
 * with none reachable, `no_consent` when there is an address, else (the `else`) `no_address`.
 */
function channelChoice(campaign: Campaign): { join: SQL; cases: SQL[] } {
  const index = new Map(campaign.channels.map((c, i) => [c.channel, i]));
  const flag = (channel: Channel) => sql.raw(`c.reachable_${index.get(channel)}`);
  const flags = campaign.channels.map(
    (c, i) =>
      sql`bool_or(pc.channel = ${c.channel}::text and pc.consent = 'granted' and pc.address is not null) as ${sql.raw(`reachable_${i}`)}`,
  );
  const names = sql.join(
    campaign.channels.map((c) => sql`${c.channel}::text`),
    sql`, `,
  );
  const join = sql`left join (select pc.profile_id, ${sql.join(flags, sql`, `)}, bool_or(pc.address is not null) as any_address
      from profile_channels pc where pc.channel in (${names}) group by pc.profile_id) c on c.profile_id = p.id`;
  const cases = [
    ...campaign.channels.map(
      (c) =>
        sql`when p.preferred_channel = ${c.channel}::text and ${flag(c.channel)} then ${text(c.channel)}`,
    ),
    ...channelsByPriority(campaign).map(
      (c) => sql`when ${flag(c.channel)} then ${text(c.channel)}`,
    ),
    sql`when c.any_address then ${text('no_consent')}`,
  ];
  return { join, cases };
}
