import { scaleLinear } from '@visx/scale';
import { navigate } from '../router/router';
import { formatCount, formatShare } from '../ui/format';
import { intersectionDraftHref } from './intersection-draft';

const shade = scaleLinear<string>({ domain: [0, 1], range: ['#ffffff', '#0072B2'] });

/**
 * Heat map of pairwise overlaps: cell (row, column) holds the members of both, and the share of
 * the row's segment that is also in the column's; a click opens that intersection as a draft.
 */
export function OverlapMatrix({
  names,
  ids,
  intersections,
}: {
  names: readonly string[];
  ids: readonly string[];
  intersections: readonly (readonly number[])[];
}) {
  return (
    <div className="matrix-scroll">
      <table
        className="data-table heatmap"
        aria-label="Pairwise overlaps (share of the row's segment)"
      >
        <thead>
          <tr>
            <td />
            {names.map((name, j) => (
              <th key={ids[j]} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {names.map((rowName, i) => {
            const row = intersections[i] ?? [];
            const size = row[i] ?? 0;
            return (
              <tr key={ids[i]}>
                <th scope="row">{rowName}</th>
                {row.map((count, j) => {
                  const share = size ? count / size : 0;
                  const a = ids[i] ?? '';
                  const b = ids[j] ?? '';
                  return (
                    <td key={b}>
                      <button
                        type="button"
                        style={{
                          background: shade(share),
                          color: share > 0.5 ? '#fff' : '#1d2330',
                        }}
                        aria-label={`${rowName} and ${names[j] ?? ''}: ${formatCount(count)}, ${formatShare(share)} of ${rowName}. Open as a new draft.`}
                        onClick={() => navigate(intersectionDraftHref([a, b]))}
                      >
                        <strong>{formatCount(count)}</strong>
                        <br />
                        <small>{formatShare(share)}</small>
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
