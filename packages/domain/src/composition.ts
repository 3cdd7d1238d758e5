import type { AttributeValue } from './attribute-value';
import { attributeStatsOf } from './attribute-stats';
import type { AudienceQuestionContext, AudienceResult } from './audience-question';
import type { AttributeDefinition } from './catalog';
import { checkCompositionRequest } from './composition-request';
import {
  bucketCount,
  bucketIndexOf,
  compositionPlan,
  type CompositionOptions,
  type CompositionPlan,
} from './composition-plan';
import type { Profile } from './profile';
import { matches } from './rule-evaluator';
import type { SegmentRule } from './segment-rule';

/** One value or bucket of an attribute, counted in the segment and in the population. */
export interface CompositionRow {
  kind: 'value' | 'range' | 'year' | 'other' | 'missing';
  /** `BY`, `true`, `[20, 30)`, `[90, 100]` (the last bucket holds its upper edge), `2024`, `other`, `missing`. */
  label: string;
  /** The value of a `value` row (enum value, text or boolean); null for the other kinds. */
  value: AttributeValue | null;
  /** Lower edge (included) of a `range` row; the year of a `year` row. */
  from: number | null;
  /** Upper edge of a `range` row (excluded, except in the last bucket); the next year for a `year` row. */
  to: number | null;
  segmentCount: number;
  /** `segmentCount / segmentSize`; 0 when the segment is empty. */
  segmentShare: number;
  populationCount: number;
  /** `populationCount / population`; 0 when the population is empty. */
  populationShare: number;
  /** Lift index, `100 × segmentShare / populationShare`: above 100, over-represented; null when the population share is 0. */
  lift: number | null;
}

/** A segment broken down by one attribute, against the whole population. */
export interface Composition {
  attribute: AttributeDefinition;
  segmentSize: number;
  population: number;
  rows: CompositionRow[];
}

/** Profiles in one row of a plan (`bucketIndexOf` numbering): in the segment and in all. */
export interface BucketCount {
  index: number;
  segment: number;
  population: number;
}

type RowHead = Pick<CompositionRow, 'kind' | 'label' | 'value' | 'from' | 'to'>;

function rowHeads(plan: CompositionPlan): RowHead[] {
  const head = (kind: RowHead['kind'], label: string, fields: Partial<RowHead> = {}): RowHead => ({
    kind,
    label,
    value: null,
    from: null,
    to: null,
    ...fields,
  });
  const heads = Array.from({ length: bucketCount(plan) }, (_, i): RowHead => {
    if (plan.by === 'value')
      return head('value', String(plan.values[i]), { value: plan.values[i]! });
    if (plan.by === 'year') {
      const year = plan.firstYear + i;
      return head('year', String(year), { from: year, to: year + 1 });
    }
    const [from, to] = [plan.edges[i]!, plan.edges[i + 1]!];
    const close = i === plan.edges.length - 2 ? ']' : ')';
    return head('range', `[${from}, ${to}${close}`, { from, to });
  });
  return [...heads, head('other', 'other'), head('missing', 'missing')];
}

/**
 * Builds the rows of a composition from counts per row, the only thing SQL computes; the
 * in-memory reference goes through here too, so shares and lifts are the same numbers.
 * The `other` row is left out when the plan shows it only if someone falls into it and no one does.
 */
export function compositionFromCounts(
  attribute: AttributeDefinition,
  plan: CompositionPlan,
  counts: readonly BucketCount[],
): Composition {
  const heads = rowHeads(plan);
  const segment = new Array<number>(heads.length).fill(0);
  const population = new Array<number>(heads.length).fill(0);
  for (const count of counts) {
    segment[count.index] = (segment[count.index] ?? 0) + count.segment;
    population[count.index] = (population[count.index] ?? 0) + count.population;
  }
  const segmentSize = segment.reduce((a, b) => a + b, 0);
  const populationSize = population.reduce((a, b) => a + b, 0);
  const rows = heads.flatMap((head, i): CompositionRow[] => {
    const segmentCount = segment[i]!;
    const populationCount = population[i]!;
    if (head.kind === 'other' && plan.other === 'if_any' && populationCount === 0) return [];
    const segmentShare = segmentSize === 0 ? 0 : segmentCount / segmentSize;
    const populationShare = populationSize === 0 ? 0 : populationCount / populationSize;
    const lift = populationShare === 0 ? null : (100 * segmentShare) / populationShare;
    return [{ ...head, segmentCount, segmentShare, populationCount, populationShare, lift }];
  });
  return { attribute, segmentSize, population: populationSize, rows };
}

/**
 * The reference composition of the segment `rule` selects, by attribute `key`, over
 * `profiles` as the whole population (see `compositionPlan` for the rows).
 */
export function compositionOf(
  profiles: readonly Profile[],
  /** The segment; null for everyone. */
  rule: SegmentRule | null,
  key: string,
  context: AudienceQuestionContext,
  options: CompositionOptions = {},
): AudienceResult<Composition> {
  const checked = checkCompositionRequest(context.catalog, key, options);
  if (!checked.ok) return checked;
  const definition = checked.value;
  const stats = attributeStatsOf(profiles, definition, options.topValues);
  const plan = compositionPlan(definition, stats, options);
  const counts = profiles.map((profile) => {
    const inSegment = rule === null || matches(profile, rule, context);
    const index = bucketIndexOf(plan, profile.attributes[key]);
    return { index, segment: inSegment ? 1 : 0, population: 1 };
  });
  return { ok: true, value: compositionFromCounts(definition, plan, counts) };
}

/** The reference distribution of an attribute over the whole population: a composition of everyone. */
export function distributionOf(
  profiles: readonly Profile[],
  key: string,
  context: AudienceQuestionContext,
  options: CompositionOptions = {},
): AudienceResult<Composition> {
  return compositionOf(profiles, null, key, context, options);
}
