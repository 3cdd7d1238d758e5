import { Bar } from '@visx/shape';
import { scaleBand, scaleLinear } from '@visx/scale';
import { palette } from '../../ui/palette';
import type { DistributionRow } from './use-distribution';

const width = 140;
const height = 32;

/**
 * The population's buckets of a number attribute (or years of a date); buckets inside
 * [min, max] are highlighted.
 */
export function RangeHistogram({
  rows,
  min,
  max,
  label,
}: {
  rows: DistributionRow[];
  min: number | null;
  max: number | null;
  label: string;
}) {
  const x = scaleBand({ domain: rows.map((r) => r.label), range: [0, width], padding: 0.1 });
  const y = scaleLinear({
    domain: [0, Math.max(1, ...rows.map((r) => r.populationCount))],
    range: [height, 0],
  });
  const inside = (r: DistributionRow) =>
    (min === null || (r.to ?? Infinity) > min) && (max === null || (r.from ?? -Infinity) <= max);
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={`Distribution of ${label} in the population`}
      className="histogram"
    >
      {rows.map((r) => (
        <Bar
          key={r.label}
          x={x(r.label)}
          y={y(r.populationCount)}
          width={x.bandwidth()}
          height={height - y(r.populationCount)}
          fill={inside(r) ? palette.segment : '#c8c8c8'}
        >
          <title>{`${r.label}: ${r.populationCount}`}</title>
        </Bar>
      ))}
    </svg>
  );
}
