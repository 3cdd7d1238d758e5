import type { AttributeType } from '@pinpoint/domain';
import type { ValueColumnLayout } from './value-column';

/**
 * How each kind of column is accelerated. The numbers trade memory (one bitset is 1.25 MB at
 * 10M profiles) against the rows a range query must check one by one at its two bin edges.
 */
export const ATTRIBUTE_LAYOUTS: Record<AttributeType, ValueColumnLayout> = {
  // A bitset per value: `in` over a few values is an OR of a few bitsets.
  enum: { ordered: false, maxCuts: 0, perCodeLimit: 64 },
  boolean: { ordered: false, maxCuts: 0, perCodeLimit: 64 },
  // Texts are matched per distinct value (contains, startsWith) and then by a scan of the codes.
  string: { ordered: false, maxCuts: 0, perCodeLimit: 32 },
  // Ages (78 values) get a cut per value: an age range is one AND-NOT.
  number: { ordered: true, maxCuts: 95, perCodeLimit: 0 },
  date: { ordered: true, maxCuts: 31, perCodeLimit: 0 },
};

/** Attributes that profiles have but the builder's catalog lacks: ordered if they can be. */
export const UNKNOWN_ATTRIBUTE_LAYOUT: ValueColumnLayout = {
  ordered: true,
  maxCuts: 15,
  perCodeLimit: 32,
};

/** Tenths: the thresholds people write for affinities and scores (0..1). */
const TENTHS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Affinities (0..1, usually two decimals): 24 topics make memory matter, so nine cuts. */
export const INTEREST_LAYOUT: ValueColumnLayout = {
  ordered: true,
  maxCuts: 9,
  perCodeLimit: 0,
  cutAt: TENTHS,
};

/** Scores (0..1, three decimals). */
export const SCORE_LAYOUT: ValueColumnLayout = {
  ordered: true,
  maxCuts: 9,
  perCodeLimit: 0,
  cutAt: TENTHS,
};

/** The preferred channel: a bitset per channel, which reach estimates read. */
export const PREFERRED_CHANNEL_LAYOUT: ValueColumnLayout = {
  ordered: false,
  maxCuts: 0,
  perCodeLimit: 64,
};

/** Bitsets a finished column of this layout is expected to hold, for memory estimates. */
export function expectedBitsets(layout: ValueColumnLayout, distinct: number): number {
  if (layout.ordered && distinct > 1) return 1 + Math.min(distinct - 1, layout.maxCuts);
  return 1 + (distinct <= layout.perCodeLimit ? distinct : 0);
}

/**
 * Caps on every layout, for tests: tiny values force the binned range paths and the code
 * scans that a handful of profiles would otherwise never reach.
 */
export interface LayoutTuning {
  maxCuts?: number;
  perCodeLimit?: number;
}

/** `layout` with the tuning's caps applied. */
export function tuned(
  layout: ValueColumnLayout,
  tuning: LayoutTuning | undefined,
): ValueColumnLayout {
  if (!tuning) return layout;
  return {
    ...layout,
    maxCuts: Math.min(layout.maxCuts, tuning.maxCuts ?? Infinity),
    perCodeLimit: Math.min(layout.perCodeLimit, tuning.perCodeLimit ?? Infinity),
  };
}
