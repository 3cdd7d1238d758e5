import {
  channelsByPriority,
  type Campaign,
  type CampaignRules,
  type EvaluationContext,
  type ReachCounts,
} from '@pinpoint/domain';
import { andCount, BITS16, countBits, popcount32, type Bitset } from './bitset';
import { heldOutRows } from './holdout-draw';
import { evaluateRule, ruleBits } from './rule-evaluation';
import type { AudienceShard } from './shard';
import { writeTerm } from './term';

/**
 * Audience members per reach outcome in one shard (SEMANTICS.md, "Reach estimate"): the
 * audience, minus the excluded, minus the held out, minus the frequency-capped; then one fused
 * pass over the words assigns each remaining person their preferred campaign channel when
 * reachable, else the first reachable channel by priority, else no consent or no address.
 * Shards merge by adding the counts.
 */
export function reachCounts(
  shard: AudienceShard,
  campaign: Campaign,
  rules: CampaignRules,
  context: EvaluationContext,
): ReachCounts {
  const counts: ReachCounts = {};
  const add = (outcome: keyof ReachCounts, n: number) => {
    if (n > 0) counts[outcome] = (counts[outcome] ?? 0) + n;
  };
  const remaining = ruleBits(shard, rules.include, context);
  add('excluded', removeRule(shard, remaining, rules.exclude, context));
  if (campaign.holdoutShare > 0) {
    const held = heldOutRows(
      shard,
      campaign.id,
      campaign.holdoutShare,
      remaining,
      shard.pool.take(),
    );
    add('holdout', subtract(remaining, held));
  }
  add('frequency_cap', removeRule(shard, remaining, rules.frequencyCapped, context));

  // Channel choice, a few fused passes over whole bitsets (a per-word loop over channel
  // objects cost four times more): preferred and reachable first (each person prefers one
  // channel, so these are disjoint), then by priority, then why not.
  const channels = shard.columns.channels;
  const preferred = shard.columns.preferredChannel;
  const pool = shard.pool;
  const rest = pool.take().fill(0);
  for (const { channel } of campaign.channels) {
    const code = preferred.values.indexOf(channel);
    if (code < 0 || !preferred.perCode) continue;
    const prefers = preferred.perCode[code]!;
    const reachable = channels.get(channel)!.reachable;
    let reached = 0;
    for (let w = 0; w < rest.length; w += 1) {
      const chosen = remaining[w]! & prefers[w]! & reachable[w]!;
      reached += BITS16[chosen & 0xffff]! + BITS16[chosen >>> 16]!;
      rest[w] = rest[w]! | chosen;
    }
    add(channel, reached);
  }
  for (let w = 0; w < rest.length; w += 1) rest[w] = remaining[w]! & ~rest[w]!;
  const anyAddress = pool.take().fill(0);
  for (const { channel } of channelsByPriority(campaign)) {
    const { reachable, hasAddress } = channels.get(channel)!;
    let reached = 0;
    for (let w = 0; w < rest.length; w += 1) {
      const chosen = rest[w]! & reachable[w]!;
      reached += BITS16[chosen & 0xffff]! + BITS16[chosen >>> 16]!;
      rest[w] = rest[w]! & ~chosen;
      anyAddress[w] = anyAddress[w]! | hasAddress[w]!;
    }
    add(channel, reached);
  }
  const unreached = countBits(rest);
  const noConsent = andCount(rest, anyAddress);
  add('no_consent', noConsent);
  add('no_address', unreached - noConsent);
  return counts;
}

/** Clears from `people` the rows `rule` selects; returns how many were cleared. */
function removeRule(
  shard: AudienceShard,
  people: Bitset,
  rule: CampaignRules['exclude'],
  context: EvaluationContext,
): number {
  if (rule === null) return 0;
  const selected = writeTerm(evaluateRule(shard, rule, context), shard.pool.take());
  return subtract(people, selected);
}

/** `people &= ~other`, returning the rows removed. */
function subtract(people: Bitset, other: Bitset): number {
  let removed = 0;
  for (let w = 0; w < people.length; w += 1) {
    const both = people[w]! & other[w]!;
    if (both === 0) continue;
    removed += popcount32(both);
    people[w] = people[w]! & ~both;
  }
  return removed;
}
