import { formatCount, formatDelta, formatShare } from '../ui/format';
import type { LiveSize } from './use-live-size';

/** The live exact size of the draft: count, share of the population and change since the last count. */
export function SizePanel({ live }: { live: LiveSize }) {
  const delta =
    live.size !== null && live.previousSize !== null ? live.size - live.previousSize : null;
  return (
    <section className="size-panel" aria-labelledby="size-heading">
      <h2 id="size-heading">Exact size</h2>
      <p
        className="size-number"
        data-testid="live-size"
        data-status={live.status}
        data-counted-rule={live.countedRule ?? ''}
        aria-live="polite"
        aria-busy={live.status === 'checking'}
      >
        {live.size === null ? '—' : formatCount(live.size)}
      </p>
      <p className="size-detail">
        {live.status === 'empty' && 'Add a condition to count.'}
        {live.status === 'invalid' && 'Fix the marked conditions to count.'}
        {live.status === 'error' && `Could not count: ${live.error ?? 'unknown error'}`}
        {live.share !== null && live.population !== null && (
          <>
            {formatShare(live.share)} of {formatCount(live.population)} profiles
          </>
        )}
      </p>
      {delta !== null && (
        <p
          className={`size-delta ${delta < 0 ? 'down' : delta > 0 ? 'up' : ''}`}
          data-testid="size-delta"
        >
          {formatDelta(delta)} vs previous
        </p>
      )}
    </section>
  );
}
