import type { ReachEstimateQuery } from '../gql/graphql';
import { formatCount, formatMoney, formatShare } from '../ui/format';
import { ChannelSplitChart } from './channel-split-chart';
import { ReachCurveChart } from './reach-curve-chart';

/** A reach estimate as the API answers it. */
export type ReachEstimate = Extract<
  ReachEstimateQuery['reachEstimate'],
  { __typename: 'ReachEstimate' }
>;

const reasons = [
  ['excluded', 'In an excluded segment'],
  ['holdout', 'Held out (control group)'],
  ['frequencyCapped', 'Frequency cap reached'],
  ['noAddress', 'No address on any campaign channel'],
  ['noConsent', 'No consent on any campaign channel'],
] as const;

/** The reach of the plan: headline numbers, per-channel split, unreachable reasons, budget curve. */
export function ReachSummary({ estimate }: { estimate: ReachEstimate }) {
  const of = (n: number) => (estimate.audience ? formatShare(n / estimate.audience) : '–');
  return (
    <div className="reach-summary">
      <dl className="stats" data-testid="reach-stats">
        <div>
          <dt>Audience</dt>
          <dd>{formatCount(estimate.audience)}</dd>
        </div>
        <div>
          <dt>Reachable</dt>
          <dd>{formatCount(estimate.reachable)}</dd>
        </div>
        <div>
          <dt>Reached at budget</dt>
          <dd data-testid="reach-at-budget">
            {estimate.reachAtBudget === null ? '–' : formatCount(estimate.reachAtBudget)}
          </dd>
        </div>
        <div>
          <dt>Cost of full reach</dt>
          <dd>{formatMoney(estimate.costAtFullReach)}</dd>
        </div>
      </dl>
      <div className="reach-columns">
        <section aria-labelledby="split-heading">
          <h2 id="split-heading">Per channel (full reach)</h2>
          {estimate.channels.length ? (
            <ChannelSplitChart channels={estimate.channels} />
          ) : (
            <p>No channel reaches anyone.</p>
          )}
        </section>
        <section aria-labelledby="unreachable-heading">
          <h2 id="unreachable-heading">Not contacted, and why</h2>
          <table className="data-table">
            <tbody>
              {reasons.map(([key, label]) => (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td className="num">{formatCount(estimate.unreachable[key])}</td>
                  <td className="num muted">{of(estimate.unreachable[key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section aria-labelledby="curve-heading">
        <h2 id="curve-heading">Budget → reach</h2>
        <ReachCurveChart curve={estimate.curve} budget={estimate.budget} />
      </section>
    </div>
  );
}
