import { useMemo } from 'react';
import { navigate } from '../router/router';
import { formatCount } from '../ui/format';
import { seriesColours } from '../ui/palette';
import { intersectionDraftHref } from './intersection-draft';
import { vennLayout } from './venn-layout';

const width = 520;
const height = 340;

/**
 * Euler diagram of 2–3 segments with the exact count of each set and each intersection; a click
 * on an intersection opens it as a new draft (the matrix beside it does the same by keyboard).
 */
export function VennDiagram({
  sets,
  intersections,
  triple,
}: {
  sets: readonly { id: string; name: string; size: number }[];
  intersections: readonly (readonly number[])[];
  triple: number | null;
}) {
  const layout = useMemo(
    () => vennLayout(sets, intersections, triple, width, height),
    [sets, intersections, triple],
  );
  const nameOf = (id: string) => sets.find((s) => s.id === id)?.name ?? id;
  return (
    <figure className="chart venn">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`Euler diagram of ${sets.map((s) => s.name).join(', ')}`}
      >
        {layout.circles.map((c, i) => (
          <circle
            key={c.id}
            cx={c.x}
            cy={c.y}
            r={c.radius}
            fill={seriesColours[i]}
            fillOpacity={0.22}
            stroke={seriesColours[i]}
            strokeWidth={2}
          />
        ))}
        {layout.regions
          .filter((r) => r.path)
          .map((r) => (
            <path
              key={r.ids.join()}
              d={r.path ?? ''}
              className="venn-region"
              onClick={() => navigate(intersectionDraftHref(r.ids))}
            >
              <title>{`${r.ids.map(nameOf).join(' ∩ ')}: ${formatCount(r.size)} — click to open as a draft`}</title>
            </path>
          ))}
        {layout.regions.map((r) => (
          <text
            key={`t${r.ids.join()}`}
            x={r.label.x}
            y={r.label.y}
            textAnchor="middle"
            fontSize={r.ids.length === 1 ? 13 : 12}
            fontWeight={700}
            pointerEvents="none"
          >
            {formatCount(r.size)}
          </text>
        ))}
      </svg>
      <figcaption className="legend">
        {sets.map((s, i) => (
          <span key={s.id}>
            <span className="swatch" style={{ background: seriesColours[i] }} /> {s.name}
          </span>
        ))}
        <span className="muted">· numbers: whole set and each intersection (not exclusive)</span>
      </figcaption>
    </figure>
  );
}
