import {
  computeTextCentres,
  intersectionAreaPath,
  normalizeSolution,
  scaleSolution,
  venn,
  type ICircle,
  type ISetOverlap,
} from '@upsetjs/venn.js';

/** One region of an Euler diagram: the sets it lies in, its exact size, where to label it. */
export interface VennRegion {
  ids: string[];
  size: number;
  label: { x: number; y: number };
  /** SVG path of the region (an intersection of circles); null for a single set's circle. */
  path: string | null;
}

/** Circles and labelled regions of an area-proportional Euler diagram of 2–3 sets. */
export interface VennLayout {
  circles: (ICircle & { id: string })[];
  regions: VennRegion[];
}

/**
 * Lays out 2–3 sets with venn.js (circle areas ∝ sizes, pairwise overlaps fitted), in a
 * `width`×`height` box. Empty sets get a sliver of area so the optimiser stays finite.
 */
export function vennLayout(
  sets: readonly { id: string; size: number }[],
  intersections: readonly (readonly number[])[],
  triple: number | null,
  width: number,
  height: number,
): VennLayout {
  const areas: ISetOverlap[] = sets.map((s) => ({ sets: [s.id], size: Math.max(s.size, 1e-3) }));
  sets.forEach((a, i) =>
    sets.forEach((b, j) => {
      if (j > i) areas.push({ sets: [a.id, b.id], size: intersections[i]?.[j] ?? 0 });
    }),
  );
  if (triple !== null && sets.length === 3)
    areas.push({ sets: sets.map((s) => s.id), size: triple });
  const solution = scaleSolution(normalizeSolution(venn(areas), Math.PI / 2), width, height, 12);
  const centres = computeTextCentres(solution, areas);
  const circles = sets.flatMap((s) => {
    const c = solution[s.id];
    return c ? [{ ...c, id: s.id }] : [];
  });
  const regions = areas.map((area) => {
    const members = area.sets.flatMap((id) => solution[id] ?? []);
    const centre = centres[area.sets.toString()] ?? { x: 0, y: 0 };
    return {
      ids: [...area.sets],
      size: Math.round(area.size),
      label: { x: centre.x, y: centre.y },
      path: area.sets.length > 1 && area.size > 0 ? intersectionAreaPath(members) : null,
    };
  });
  return { circles, regions };
}
