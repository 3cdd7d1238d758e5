import { formatAmount } from '../ui/format';
import type { TransparencyNotice } from './transparency-notice-queries';

/**
 * A campaign's transparency notice as its recipients are told it: who it is for, who paid, the
 * election it concerns, and why they were chosen, each segment's criteria in plain words. The
 * segment `segmentId` (the variant's) is marked.
 */
export function TransparencyNoticeView({
  notice,
  segmentId,
}: {
  notice: TransparencyNotice;
  segmentId: string;
}) {
  const { sponsor, paidBy, amountPaid, period, targeting } = notice;
  return (
    <>
      <dl className="notice-facts">
        <div>
          <dt>Sponsor</dt>
          <dd>{sponsor ? `${sponsor.name} (${sponsor.contact})` : 'none named'}</dd>
        </div>
        <div>
          <dt>Paid by</dt>
          <dd>{paidBy ? `${paidBy.name}${paidBy.contact ? ` (${paidBy.contact})` : ''}` : '–'}</dd>
        </div>
        <div>
          <dt>Election or referendum</dt>
          <dd>{notice.electionOrReferendum ?? 'none named'}</dd>
        </div>
        {amountPaid && (
          <div>
            <dt>Amount paid</dt>
            <dd>{formatAmount(amountPaid.amount, amountPaid.currency)}</dd>
          </div>
        )}
        {period && (
          <div>
            <dt>Sent</dt>
            <dd>
              {period.from} to {period.to}
            </dd>
          </div>
        )}
      </dl>
      <h3>Why recipients were chosen</h3>
      <CriteriaList
        label="Addressed segments"
        segments={targeting.included}
        segmentId={segmentId}
      />
      {targeting.excluded.length > 0 && (
        <CriteriaList
          label="Excluded segments"
          segments={targeting.excluded}
          segmentId={segmentId}
        />
      )}
    </>
  );
}

/** Each segment's name and its criteria in plain words. */
function CriteriaList({
  label,
  segments,
  segmentId,
}: {
  label: string;
  segments: TransparencyNotice['targeting']['included'];
  segmentId: string;
}) {
  return (
    <>
      <h4>{label}</h4>
      <ul className="notice-criteria" aria-label={`Criteria of the ${label.toLowerCase()}`}>
        {segments.map((s) => (
          <li key={s.segmentId}>
            <strong>{s.segmentName}</strong>
            {s.segmentId === segmentId && (
              <span className="muted"> (this variant’s segment)</span>
            )}: {s.criteria}
          </li>
        ))}
      </ul>
    </>
  );
}
