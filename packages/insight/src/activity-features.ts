import type { CatalogEntry, Profile } from '@pinpoint/domain';
import type { FeatureColumn } from './design-matrix';
import { type FeatureBlock, type FeatureBlockBuilder, readable } from './feature-block';
import { RunningMoments } from './running-moments';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Standardised columns for a fixed list of keys, dropping keys that never varied in the sample. */
function standardisedColumns(
  entries: readonly CatalogEntry[],
  moments: readonly RunningMoments[],
  describe: (entry: CatalogEntry, spread: string) => Omit<FeatureColumn, 'center' | 'scale'>,
): { columns: FeatureColumn[]; entryIndex: number[] } {
  const columns: FeatureColumn[] = [];
  const entryIndex: number[] = [];
  entries.forEach((entry, index) => {
    const { mean, standardDeviation } = moments[index]!;
    if (!(standardDeviation > 0)) return;
    columns.push({
      ...describe(entry, readable(standardDeviation)),
      center: mean,
      scale: standardDeviation,
    });
    entryIndex.push(index);
  });
  return { columns, entryIndex };
}

/** Writes raw values (by entry) standardised into the kept columns. */
function writeStandardised(
  columns: readonly FeatureColumn[],
  entryIndex: readonly number[],
  raw: Float64Array,
  out: Float64Array,
  at: number,
): void {
  for (let c = 0; c < columns.length; c += 1) {
    const column = columns[c]!;
    out[at + c] = (raw[entryIndex[c]!]! - column.center) / column.scale;
  }
}

/**
 * One column per interest topic: the affinity (0 when the person does not hold the topic),
 * standardised. No missing indicator: not holding an interest is a fact, not a gap.
 */
export function interestBlock(topics: readonly CatalogEntry[]): FeatureBlockBuilder {
  const position = new Map(topics.map((topic, index) => [topic.key, index]));
  const moments = topics.map(() => new RunningMoments());
  const raw = new Float64Array(topics.length);
  const read = (profile: Profile) => {
    raw.fill(0);
    for (const { topic, affinity } of profile.interests) {
      const index = position.get(topic);
      if (index !== undefined) raw[index] = affinity;
    }
    return raw;
  };
  return {
    observe(profile) {
      const values = read(profile);
      moments.forEach((m, index) => m.add(values[index]!));
    },
    build(): FeatureBlock {
      const { columns, entryIndex } = standardisedColumns(topics, moments, (topic, spread) => ({
        name: `interest:${topic.key}`,
        label: `Interest in ${topic.label} (affinity 0–1), per SD (${spread})`,
        kind: 'standardised',
        source: 'interest',
        key: topic.key,
      }));
      return {
        columns,
        encode: (p, out, at) => writeStandardised(columns, entryIndex, read(p), out, at),
      };
    },
  };
}

/**
 * One column per event type: how many such events fell in the `windowDays` before `asOf`, as
 * log(1 + count) and then standardised. The log keeps the few very active people from
 * dominating the fit: going from 0 to 1 visit says more than going from 40 to 41.
 */
export function eventBlock(
  eventTypes: readonly CatalogEntry[],
  asOf: Date,
  windowDays: number,
): FeatureBlockBuilder {
  const position = new Map(eventTypes.map((type, index) => [type.key, index]));
  const moments = eventTypes.map(() => new RunningMoments());
  const raw = new Float64Array(eventTypes.length);
  const endMs = asOf.getTime();
  const startMs = endMs - windowDays * DAY_MS;
  const read = (profile: Profile) => {
    raw.fill(0);
    for (const event of profile.events) {
      const ms = event.occurredAt.getTime();
      const index = position.get(event.type);
      if (index !== undefined && ms > startMs && ms <= endMs) raw[index]! += 1;
    }
    for (let i = 0; i < raw.length; i += 1) raw[i] = Math.log1p(raw[i]!);
    return raw;
  };
  return {
    observe(profile) {
      const values = read(profile);
      moments.forEach((m, index) => m.add(values[index]!));
    },
    build(): FeatureBlock {
      const { columns, entryIndex } = standardisedColumns(eventTypes, moments, (type, spread) => ({
        name: `event:${type.key}`,
        label: `${type.label} in the last ${windowDays} days (log 1 + count), per SD (${spread})`,
        kind: 'standardised',
        source: 'event',
        key: type.key,
      }));
      return {
        columns,
        encode: (p, out, at) => writeStandardised(columns, entryIndex, read(p), out, at),
      };
    },
  };
}
