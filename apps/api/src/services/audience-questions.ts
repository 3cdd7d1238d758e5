import {
  joinPath,
  MAX_OVERLAP_RULES,
  type Composition,
  type CompositionOptions,
  type SegmentOverlap,
  type SegmentRule,
} from '@pinpoint/domain';
import type { AudienceContext } from '@pinpoint/db';
import type { ApiContext } from '../context';
import type { SegmentRef } from '../generated/resolvers-types';
import { ApiError } from '../server/api-error';
import type { Result } from './result';
import { ruleFromRef } from './rule-input';
import { sourceOf, type AnswerSource } from './reach';

type Sourced<T> = T & { source: AnswerSource };

/** The question an answer answers: its validated rules and the context they were asked in. */
export interface AskedQuestion {
  rules: SegmentRule[];
  audience: AudienceContext;
}

/** An answer with the question it answers, for releasing and auditing its numbers. */
type Asked<T> = T & { question: AskedQuestion };

/** The exact size of a rule's or segment's audience, with the population it is part of. */
export async function sizeOf(
  { audience, backend, loaders }: ApiContext,
  ref: SegmentRef,
  asOf?: Date | null,
): Promise<Result<Asked<SizeAnswer>>> {
  const checked = await audience.checkRule(ruleFromRef(ref), asOf, 'segment');
  if (!checked.ok) return checked;
  const { rule, context } = checked.value;
  const [size, population] = await Promise.all([
    backend.count(rule, context),
    loaders.population(),
  ]);
  return {
    ok: true,
    value: {
      size,
      population,
      share: population === 0 ? 0 : size / population,
      source: sourceOf(backend, context.asOf),
      question: { rules: [rule], audience: context },
    },
  };
}

type SizeAnswer = Sourced<{ size: number; population: number; share: number }>;

/** Most rules `segmentSizes` counts in one field: one pass of the profiles, like an overlap. */
export const MAX_SIZES_PER_FIELD = MAX_OVERLAP_RULES;

/**
 * Exact sizes of up to `MAX_SIZES_PER_FIELD` rules or segments, in request order. Each is
 * validated on its own (issues under `segments[i]`), so one unfinished rule does not hide
 * the others' sizes; the valid ones are counted together in one pass.
 */
export async function sizesOf(
  { audience, backend, loaders }: ApiContext,
  refs: readonly SegmentRef[],
  asOf?: Date | null,
): Promise<Result<Asked<SizeAnswer>>[]> {
  if (refs.length > MAX_SIZES_PER_FIELD)
    throw new ApiError(
      'limit_exceeded',
      `segmentSizes counts at most ${MAX_SIZES_PER_FIELD} segments, got ${refs.length}`,
    );
  const checked = await Promise.all(
    refs.map((ref, i) => audience.checkRule(ruleFromRef(ref), asOf, joinPath('segments', i))),
  );
  const rules = checked.flatMap((c) => (c.ok ? [c.value.rule] : []));
  const context = await audience.at(asOf);
  const [sizes, population]: [number[], number] =
    rules.length === 0
      ? [[], 0]
      : await Promise.all([backend.counts(rules, context), loaders.population()]);
  const source = sourceOf(backend, context.asOf);
  let next = 0;
  return checked.map((c): Result<Asked<SizeAnswer>> => {
    if (!c.ok) return c;
    const size = sizes[next++] ?? 0;
    return {
      ok: true,
      value: {
        size,
        population,
        share: population === 0 ? 0 : size / population,
        source,
        question: { rules: [c.value.rule], audience: context },
      },
    };
  });
}

/** Sizes, intersections and union of 1..20 segments; more is refused as a limit. */
export async function overlapOf(
  { audience, backend }: ApiContext,
  refs: readonly SegmentRef[],
  asOf?: Date | null,
): Promise<Result<Asked<Sourced<SegmentOverlap>>>> {
  if (refs.length < 1 || refs.length > MAX_OVERLAP_RULES)
    throw new ApiError(
      'limit_exceeded',
      `segmentOverlap compares 1 to ${MAX_OVERLAP_RULES} segments, got ${refs.length}`,
    );
  const rules: SegmentRule[] = [];
  const issues = [];
  for (const [i, ref] of refs.entries()) {
    const checked = await audience.checkRule(ruleFromRef(ref), asOf, joinPath('segments', i));
    if (checked.ok) rules.push(checked.value.rule);
    else issues.push(...checked.issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  const context = await audience.at(asOf);
  const overlap = await backend.overlap(rules, context);
  return overlap.ok
    ? {
        ok: true,
        value: {
          ...overlap.value,
          source: sourceOf(backend, context.asOf),
          question: { rules, audience: context },
        },
      }
    : overlap;
}

/** A segment (or, without one, the whole population) broken down by an attribute. */
export async function compositionOf(
  { audience, backend }: ApiContext,
  ref: SegmentRef | null,
  attribute: string,
  options: { buckets?: readonly number[] | null; asOf?: Date | null },
): Promise<Result<Sourced<Composition>>> {
  const compositionOptions: CompositionOptions = options.buckets ? { edges: options.buckets } : {};
  // The API calls bucket edges `buckets`; issues name the argument the caller sent.
  const renamed = <T>(result: Result<T>): Result<T> =>
    result.ok
      ? result
      : {
          ok: false,
          issues: result.issues.map((i) => ({ ...i, path: i.path.replace(/^edges/, 'buckets') })),
        };
  if (ref === null) {
    const context = await audience.at(options.asOf);
    const result = renamed(await backend.composition(null, attribute, context, compositionOptions));
    return result.ok
      ? { ok: true, value: { ...result.value, source: sourceOf(backend, context.asOf) } }
      : result;
  }
  const checked = await audience.checkRule(ruleFromRef(ref), options.asOf, 'segment');
  if (!checked.ok) return checked;
  const { rule, context } = checked.value;
  const result = renamed(await backend.composition(rule, attribute, context, compositionOptions));
  return result.ok
    ? { ok: true, value: { ...result.value, source: sourceOf(backend, context.asOf) } }
    : result;
}
