import { compareCodePoints } from '@pinpoint/domain';
import { NOT_CONTACTED } from './greedy-plan';

/** A plan to correct, and how much counter-framing each segment must get. */
export interface DiversityFloorInput {
  /** Predicted response per person per variant, row-major (`people × variantIds.length`). */
  readonly predicted: Float64Array;
  readonly variantIds: readonly string[];
  /** The framing of each variant, in `variantIds` order; variants that make the same argument share one. */
  readonly framings: readonly string[];
  /** Per person: their segment. */
  readonly segments: readonly string[];
  /** Per person: the index of the variant planned, or −1 for no contact (as in `Plan.assignment`). */
  readonly assignment: Int32Array;
  /** Share of each segment's contacted people who must hear a framing other than the segment's dominant one, 0 … 0.5. */
  readonly floorShare: number;
}

/** What the floor did in one segment. */
export interface SegmentFloor {
  readonly segment: string;
  readonly contacted: number;
  /** The framing most of the segment's contacted people get in the plan as given. */
  readonly dominantFraming: string;
  /** People who must hear another framing: ⌈floorShare × contacted⌉. */
  readonly required: number;
  /** People moved to a counter-framing variant. */
  readonly switched: number;
  /** Expected responses given up in this segment. */
  readonly cost: number;
  /** Required people the floor could not provide (only when no variant has another framing). */
  readonly shortfall: number;
}

/** The corrected plan and its price. */
export interface DiversityFloorResult {
  readonly assignment: Int32Array;
  readonly switched: number;
  /** Expected responses given up for the floor: before minus after. */
  readonly cost: number;
  readonly segments: readonly SegmentFloor[];
}

function check(input: DiversityFloorInput, people: number): void {
  const { variantIds, framings, segments, assignment, floorShare } = input;
  if (framings.length !== variantIds.length)
    throw new RangeError('expected one framing per variant');
  if (input.predicted.length !== people * variantIds.length) {
    throw new RangeError(
      `expected ${people * variantIds.length} predictions (${people} people × ${variantIds.length} variants)`,
    );
  }
  if (segments.length !== people) throw new RangeError('expected one segment per person');
  if (!assignment.every((v) => v === NOT_CONTACTED || (v >= 0 && v < variantIds.length))) {
    throw new RangeError('assignment must hold variant indexes or −1');
  }
  if (!(floorShare >= 0 && floorShare <= 0.5)) {
    throw new RangeError(`floorShare must be in [0, 0.5]; got ${floorShare}`);
  }
}

/**
 * Gives at least `floorShare` of each segment's contacted people a counter-framing variant,
 * at the least cost in expected responses. The dominant framing of a segment is the one most of
 * its contacted people get; people already hearing another framing count towards the floor and
 * keep their variant. The rest needed are those on the dominant framing whose switch to their best
 * counter-framing variant loses least, which is optimal because each switch costs what it costs
 * independently of the others. Nobody is added or dropped, so reach and spend stay as planned.
 */
export function applyDiversityFloor(input: DiversityFloorInput): DiversityFloorResult {
  const people = input.assignment.length;
  check(input, people);
  const { predicted, framings, segments } = input;
  const variants = input.variantIds.length;
  const assignment = Int32Array.from(input.assignment);
  const members = new Map<string, number[]>();
  for (let i = 0; i < people; i += 1) {
    if (assignment[i] === NOT_CONTACTED) continue;
    const list = members.get(segments[i]!);
    if (list) list.push(i);
    else members.set(segments[i]!, [i]);
  }

  const results: SegmentFloor[] = [];
  for (const segment of [...members.keys()].sort(compareCodePoints)) {
    const list = members.get(segment)!;
    const framingCounts = new Map<string, number>();
    for (const i of list) {
      const framing = framings[assignment[i]!]!;
      framingCounts.set(framing, (framingCounts.get(framing) ?? 0) + 1);
    }
    const [dominantFraming, onDominant] = [...framingCounts.entries()].sort(
      (a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]),
    )[0]!;
    // A hair below so that 0.3 × 10 (3.0000000000000004 in floating point) asks for 3, not 4.
    const required = Math.ceil(input.floorShare * list.length - 1e-9);
    const needed = Math.max(0, required - (list.length - onDominant));

    const candidates: { person: number; to: number; loss: number }[] = [];
    for (const person of list) {
      const from = assignment[person]!;
      if (framings[from] !== dominantFraming) continue;
      let to = -1;
      for (let v = 0; v < variants; v += 1) {
        if (framings[v] === dominantFraming) continue;
        if (to < 0 || predicted[person * variants + v]! > predicted[person * variants + to]!)
          to = v;
      }
      if (to < 0) continue;
      const loss = predicted[person * variants + from]! - predicted[person * variants + to]!;
      candidates.push({ person, to, loss });
    }
    candidates.sort((a, b) => a.loss - b.loss || a.person - b.person);
    const chosen = candidates.slice(0, needed);
    for (const { person, to } of chosen) assignment[person] = to;
    results.push({
      segment,
      contacted: list.length,
      dominantFraming,
      required,
      switched: chosen.length,
      cost: chosen.reduce((sum, c) => sum + c.loss, 0),
      shortfall: needed - chosen.length,
    });
  }
  return {
    assignment,
    switched: results.reduce((sum, r) => sum + r.switched, 0),
    cost: results.reduce((sum, r) => sum + r.cost, 0),
    segments: results,
  };
}
