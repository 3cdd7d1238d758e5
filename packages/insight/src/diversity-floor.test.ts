import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiversityFloor, type DiversityFloorInput } from './diversity-floor';
import { NOT_CONTACTED } from './greedy-plan';

const expectedResponses = (input: DiversityFloorInput, assignment: Int32Array) =>
  assignment.reduce(
    (sum, v, i) =>
      v === NOT_CONTACTED ? sum : sum + input.predicted[i * input.variantIds.length + v]!,
    0,
  );

/** Each person's own best variant, or no contact. */
function bestAssignment(predicted: number[], variants: number, contacted: boolean[]): Int32Array {
  return Int32Array.from(contacted, (yes, i) => {
    if (!yes) return NOT_CONTACTED;
    const row = predicted.slice(i * variants, (i + 1) * variants);
    return row.indexOf(Math.max(...row));
  });
}

/**
 * The most expected responses over every reassignment of the contacted people that gives each
 * segment's required share a framing other than its dominant one.
 */
function exhaustiveBest(
  input: DiversityFloorInput,
  dominant: Map<string, string>,
  required: Map<string, number>,
): number {
  const people = input.assignment.length;
  const variants = input.variantIds.length;
  let best = -Infinity;
  const current = Int32Array.from(input.assignment);
  const visit = (person: number): void => {
    if (person === people) {
      const counter = new Map<string, number>();
      current.forEach((v, i) => {
        if (v === NOT_CONTACTED || input.framings[v] === dominant.get(input.segments[i]!)) return;
        counter.set(input.segments[i]!, (counter.get(input.segments[i]!) ?? 0) + 1);
      });
      if ([...required].every(([segment, n]) => (counter.get(segment) ?? 0) >= n)) {
        best = Math.max(best, expectedResponses(input, current));
      }
      return;
    }
    if (input.assignment[person] === NOT_CONTACTED) return visit(person + 1);
    for (let v = 0; v < variants; v += 1) {
      current[person] = v;
      visit(person + 1);
    }
  };
  visit(0);
  return best;
}

const instance = fc
  .record({ people: fc.integer({ min: 1, max: 6 }), variants: fc.integer({ min: 2, max: 3 }) })
  .chain(({ people, variants }) =>
    fc.record({
      predicted: fc.array(
        fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
        { minLength: people * variants, maxLength: people * variants },
      ),
      framings: fc.array(fc.constantFrom('x', 'y'), { minLength: variants, maxLength: variants }),
      segments: fc.array(fc.constantFrom('s', 't'), { minLength: people, maxLength: people }),
      contacted: fc.array(fc.boolean(), { minLength: people, maxLength: people }),
      floorShare: fc.constantFrom(0, 0.2, 0.34, 0.5),
      variants: fc.constant(variants),
    }),
  );

describe('applyDiversityFloor', () => {
  it('meets the floor at the least cost an exhaustive search finds, starting from everyone’s best variant', () => {
    fc.assert(
      fc.property(
        instance,
        ({ predicted, framings, segments, contacted, floorShare, variants }) => {
          const input: DiversityFloorInput = {
            predicted: Float64Array.from(predicted),
            variantIds: framings.map((_, v) => `v${v}`),
            framings,
            segments,
            assignment: bestAssignment(predicted, variants, contacted),
            floorShare,
          };
          const result = applyDiversityFloor(input);
          const before = expectedResponses(input, input.assignment);
          const after = expectedResponses(input, result.assignment);
          expect(result.cost).toBeCloseTo(before - after, 9);
          // Nobody added or dropped.
          result.assignment.forEach((v, i) =>
            expect(v === NOT_CONTACTED).toBe(input.assignment[i] === NOT_CONTACTED),
          );
          // Dominant framing and required count per segment, worked out here from the plan as given.
          const tallies = new Map<string, Map<string, number>>();
          input.assignment.forEach((v, i) => {
            if (v === NOT_CONTACTED) return;
            const tally = tallies.get(segments[i]!) ?? new Map<string, number>();
            tally.set(framings[v]!, (tally.get(framings[v]!) ?? 0) + 1);
            tallies.set(segments[i]!, tally);
          });
          const dominant = new Map(
            [...tallies].map(([segment, tally]) => [
              segment,
              [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
            ]),
          );
          const contactedIn = (segment: string) =>
            [...tallies.get(segment)!.values()].reduce((a, b) => a + b, 0);
          const required = new Map(
            [...tallies.keys()].map((segment) => [
              segment,
              Math.ceil(floorShare * contactedIn(segment) - 1e-9),
            ]),
          );
          expect(new Map(result.segments.map((s) => [s.segment, s.dominantFraming]))).toEqual(
            dominant,
          );
          expect(new Map(result.segments.map((s) => [s.segment, s.required]))).toEqual(required);
          if (result.segments.some((s) => s.shortfall > 0)) {
            // Only when no variant offers another framing.
            expect(new Set(framings).size).toBe(1);
            return;
          }
          expect(after).toBeCloseTo(exhaustiveBest(input, dominant, required), 9);
        },
      ),
    );
  });

  it('switches the people who lose least, and changes nothing at a floor of 0', () => {
    // Four people in one segment, all best served by climate (framing c); local is framing l.
    const input: DiversityFloorInput = {
      predicted: Float64Array.of(0.5, 0.1, 0.4, 0.35, 0.3, 0.29, 0.2, 0.05),
      variantIds: ['climate', 'local'],
      framings: ['c', 'l'],
      segments: ['s', 's', 's', 's'],
      assignment: Int32Array.of(0, 0, 0, 0),
      floorShare: 0.5,
    };
    const result = applyDiversityFloor(input);
    expect(Array.from(result.assignment)).toEqual([0, 1, 1, 0]);
    expect(result.cost).toBeCloseTo(0.05 + 0.01, 12);
    expect(result.segments[0]).toMatchObject({
      dominantFraming: 'c',
      required: 2,
      switched: 2,
      shortfall: 0,
    });
    expect(Array.from(applyDiversityFloor({ ...input, floorShare: 0 }).assignment)).toEqual([
      0, 0, 0, 0,
    ]);
    expect(() => applyDiversityFloor({ ...input, floorShare: 0.6 })).toThrow(RangeError);
  });
});
