import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { formatCount, formatMoney } from '../ui/format';
import { seriesColours } from '../ui/palette';

const width = 520;
const rowHeight = 28;
const labelWidth = 60;

/** People contacted per channel (each person on one channel), with the cost of each. */
export function ChannelSplitChart({
  channels,
}: {
  channels: readonly { channel: string; reached: number; cost: number }[];
}) {
  const height = channels.length * rowHeight;
  const y = scaleBand({ domain: channels.map((c) => c.channel), range: [0, height], padding: 0.2 });
  const x = scaleLinear({
    domain: [0, Math.max(1, ...channels.map((c) => c.reached))],
    range: [0, width - labelWidth - 150],
  });
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label="People reached per channel"
    >
      <Group left={labelWidth}>
        {channels.map((c, i) => {
          const top = y(c.channel) ?? 0;
          return (
            <g key={c.channel}>
              <text x={-6} y={top + y.bandwidth() / 2 + 4} textAnchor="end" fontSize={12}>
                {c.channel}
              </text>
              <Bar
                x={0}
                y={top}
                width={x(c.reached)}
                height={y.bandwidth()}
                fill={seriesColours[i % seriesColours.length]}
              />
              <text x={x(c.reached) + 6} y={top + y.bandwidth() / 2 + 4} fontSize={12}>
                {formatCount(c.reached)} · {formatMoney(c.cost)}
              </text>
            </g>
          );
        })}
      </Group>
    </svg>
  );
}
