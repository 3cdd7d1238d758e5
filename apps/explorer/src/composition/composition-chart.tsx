import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { formatShare } from '../ui/format';
import { palette } from '../ui/palette';

/** One bar pair of the composition chart. */
export interface CompositionRowData {
  label: string;
  segmentCount: number;
  segmentShare: number;
  populationShare: number;
  lift: number | null;
}

const width = 340;
const labelWidth = 92;
const liftWidth = 44;
const rowHeight = 26;

/**
 * Horizontal paired bars: the segment's share (blue) over the population's (orange) per value,
 * with the lift index at the end (over 100: over-represented, shown bold).
 */
export function CompositionChart({ rows }: { rows: readonly CompositionRowData[] }) {
  const height = rows.length * rowHeight + 24;
  const plotWidth = width - labelWidth - liftWidth;
  const y = scaleBand({
    domain: rows.map((r) => r.label),
    range: [0, rows.length * rowHeight],
    padding: 0.2,
  });
  const x = scaleLinear({
    domain: [0, Math.max(0.01, ...rows.flatMap((r) => [r.segmentShare, r.populationShare]))],
    range: [0, plotWidth],
    nice: true,
  });
  const band = y.bandwidth() / 2;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label="Share of each value in the segment and in the population, with lift"
      >
        <Group left={labelWidth}>
          {rows.map((r) => {
            const top = y(r.label) ?? 0;
            return (
              <g key={r.label}>
                <text x={-6} y={top + band + 4} textAnchor="end" fontSize={11}>
                  {r.label.length > 14 ? `${r.label.slice(0, 13)}…` : r.label}
                </text>
                <Bar x={0} y={top} width={x(r.segmentShare)} height={band} fill={palette.segment}>
                  <title>{`${r.label}: ${formatShare(r.segmentShare)} of the segment (${r.segmentCount})`}</title>
                </Bar>
                <Bar
                  x={0}
                  y={top + band}
                  width={x(r.populationShare)}
                  height={band}
                  fill={palette.population}
                >
                  <title>{`${r.label}: ${formatShare(r.populationShare)} of the population`}</title>
                </Bar>
                <text
                  x={plotWidth + 6}
                  y={top + band + 4}
                  fontSize={11}
                  fontWeight={r.lift !== null && r.lift >= 110 ? 700 : 400}
                >
                  {r.lift === null ? '–' : Math.round(r.lift)}
                </text>
              </g>
            );
          })}
          <AxisBottom
            top={rows.length * rowHeight}
            scale={x}
            numTicks={4}
            tickFormat={(v) => formatShare(Number(v))}
            tickLabelProps={{ fontSize: 10 }}
          />
        </Group>
      </svg>
      <figcaption className="legend">
        <span className="swatch" style={{ background: palette.segment }} /> segment
        <span className="swatch" style={{ background: palette.population }} /> population
        <span className="muted">· number = lift index (100 = as in population)</span>
      </figcaption>
    </figure>
  );
}
