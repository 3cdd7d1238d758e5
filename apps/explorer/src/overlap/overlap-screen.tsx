import { useMemo } from 'react';
import { useQuery } from 'urql';
import { hrefTo, navigate, useLocation } from '../router/router';
import { SegmentChecklist } from '../segments/segment-checklist';
import { SegmentsQuery } from '../segments/segment-queries';
import { formatCount, formatShare } from '../ui/format';
import { OverlapMatrix } from './overlap-matrix';
import { OverlapQuery, RuleSizeQuery } from './overlap-query';
import { VennDiagram } from './venn-diagram';

/** Most segments one overlap may compare (the API's limit). */
const MAX_SEGMENTS = 20;

/** Overlap of 2–20 saved segments: Euler diagram for 2–3, heat-map matrix for all; the pick is in the URL. */
export default function OverlapScreen() {
  const { search } = useLocation();
  const ids = useMemo(() => (search.get('ids') ?? '').split(',').filter(Boolean), [search]);
  const [{ data: saved }] = useQuery({ query: SegmentsQuery, variables: {} });
  const segments = useMemo(() => saved?.segments ?? [], [saved]);
  const [{ data, fetching, error }] = useQuery({
    query: OverlapQuery,
    variables: { segments: ids.map((id) => ({ id })) },
    pause: ids.length < 2,
  });
  const [{ data: tripleData }] = useQuery({
    query: RuleSizeQuery,
    variables: { rule: { and: ids.map((id) => ({ segment: { id } })) } },
    pause: ids.length !== 3,
  });
  const overlap = data?.segmentOverlap.__typename === 'SegmentOverlap' ? data.segmentOverlap : null;
  const triple =
    tripleData?.segmentSize.__typename === 'SegmentSize' ? tripleData.segmentSize.size : null;
  const nameOf = (id: string) => segments.find((s) => s.id === id)?.name ?? id;
  const sets = useMemo(
    () =>
      overlap
        ? ids.map((id, i) => ({
            id,
            name: segments.find((s) => s.id === id)?.name ?? id,
            size: overlap.sizes[i] ?? 0,
          }))
        : [],
    [ids, overlap, segments],
  );

  return (
    <section className="screen" aria-labelledby="overlap-heading">
      <div className="screen-title">
        <h1 id="overlap-heading">Overlap</h1>
      </div>
      <div className="split">
        <SegmentChecklist
          legend={`Segments to compare (2–${MAX_SEGMENTS})`}
          segments={segments}
          selected={ids}
          max={MAX_SEGMENTS}
          onChange={(next) =>
            navigate(hrefTo('/overlap', { ids: next.join(',') }), { replace: true })
          }
        />
        <div className="overlap-result">
          {ids.length < 2 && <p>Pick at least two segments to see how they overlap.</p>}
          {error && <p role="alert">{error.message}</p>}
          {fetching && !overlap && <p className="loading">Counting…</p>}
          {data?.segmentOverlap.__typename === 'InputErrors' && (
            <p role="alert">{data.segmentOverlap.issues.map((i) => i.message).join('; ')}</p>
          )}
          {overlap && ids.length >= 2 && (
            <>
              <dl className="stats" data-testid="overlap-stats">
                <div>
                  <dt>In at least one</dt>
                  <dd>{formatCount(overlap.union)}</dd>
                </div>
                <div>
                  <dt>Share of population</dt>
                  <dd>
                    {formatShare(overlap.population ? overlap.union / overlap.population : 0)}
                  </dd>
                </div>
                {triple !== null && (
                  <div>
                    <dt>In all three</dt>
                    <dd>{formatCount(triple)}</dd>
                  </div>
                )}
              </dl>
              {ids.length <= 3 && (
                <VennDiagram sets={sets} intersections={overlap.intersections} triple={triple} />
              )}
              <h2>Pairwise overlaps</h2>
              <p className="muted">
                Each cell: members of both, and their share of the row’s segment. Click a cell to
                open that intersection in the builder.
              </p>
              <OverlapMatrix
                names={ids.map(nameOf)}
                ids={ids}
                intersections={overlap.intersections}
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
