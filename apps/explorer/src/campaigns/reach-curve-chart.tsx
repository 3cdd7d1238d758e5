import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Line, LinePath } from '@visx/shape';
import { formatCount, formatMoney } from '../ui/format';
import { palette } from '../ui/palette';

const width = 520;
const height = 220;
const margin = { top: 12, right: 16, bottom: 36, left: 56 };

/** Budget → reach, cheapest contacts first; a dashed line marks the budget asked about. */
export function ReachCurveChart({
  curve,
  budget,
}: {
  curve: readonly { budget: number; reach: number }[];
  budget: number | null;
}) {
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const fullCost = Math.max(...curve.map((p) => p.budget), 1e-6);
  // A budget far beyond full reach would squash the curve into the left edge: cut the axis there.
  const shownBudget = budget !== null && budget <= 2 * fullCost ? budget : null;
  const maxBudget = Math.max(shownBudget ?? 0, fullCost * 1.05);
  const x = scaleLinear({ domain: [0, maxBudget], range: [0, innerWidth], nice: true });
  const y = scaleLinear({
    domain: [0, Math.max(1, ...curve.map((p) => p.reach))],
    range: [innerHeight, 0],
    nice: true,
  });
  const points =
    budget !== null && budget > (curve.at(-1)?.budget ?? 0)
      ? [...curve, { budget, reach: curve.at(-1)?.reach ?? 0 }]
      : curve;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label="Reach for each budget, from zero to full reach"
      >
        <Group left={margin.left} top={margin.top}>
          <LinePath
            data={[...points]}
            x={(p) => x(p.budget)}
            y={(p) => y(p.reach)}
            stroke={palette.segment}
            strokeWidth={2.5}
          />
          {shownBudget !== null && (
            <Line
              from={{ x: x(shownBudget), y: 0 }}
              to={{ x: x(shownBudget), y: innerHeight }}
              stroke={palette.vermillion}
              strokeDasharray="4 3"
              strokeWidth={1.5}
            />
          )}
          <AxisLeft
            scale={y}
            numTicks={5}
            tickFormat={(v) => formatCount(Number(v))}
            tickLabelProps={{ fontSize: 10 }}
            label="people reached"
            labelProps={{ fontSize: 11 }}
          />
          <AxisBottom
            top={innerHeight}
            scale={x}
            numTicks={5}
            tickFormat={(v) => formatMoney(Number(v))}
            tickLabelProps={{ fontSize: 10 }}
          />
        </Group>
      </svg>
      <figcaption className="legend">
        <span className="swatch" style={{ background: palette.segment }} /> reach at budget
        {shownBudget !== null && (
          <>
            <span className="swatch" style={{ background: palette.vermillion }} /> your budget
          </>
        )}
        {budget !== null && shownBudget === null && (
          <span className="muted">· your budget ({formatMoney(budget)}) buys full reach</span>
        )}
      </figcaption>
    </figure>
  );
}
