import { useId } from 'react';
import { useQuery } from 'urql';
import { Link } from '../router/link';
import { hrefTo } from '../router/router';
import { CampaignTransparencyNoticesQuery } from './transparency-notice-queries';
import { TransparencyNoticeView } from './transparency-notice-view';

/** Refetches after any campaign save, also while the campaign is not found. */
const context = { additionalTypenames: ['Campaign'] };

/**
 * The transparency notice that goes with a variant of a saved campaign: the one the API gives
 * for the variant once it is saved there, the campaign's (the same) before. When the API cannot
 * give it (a political campaign without a sponsor), its issues and a link to complete the
 * details in the planner. Nothing for a campaign without a notice (not political, none given).
 */
export function TransparencyNoticePanel({
  campaignId,
  variantId,
  segmentId,
}: {
  campaignId: string;
  variantId: string;
  segmentId: string;
}) {
  const headingId = useId();
  const [{ data, fetching, error }] = useQuery({
    query: CampaignTransparencyNoticesQuery,
    variables: { id: campaignId },
    context,
    requestPolicy: 'cache-and-network',
  });
  const campaign = data?.campaign;
  if (!campaign) {
    if (error) return <p role="alert">The transparency notice could not be loaded.</p>;
    return fetching ? <p className="loading">Loading the transparency notice…</p> : null;
  }
  const savedVariant = campaign.variants.find((v) => v.id === variantId);
  const notice = savedVariant ? savedVariant.transparencyNotice : campaign.transparencyNotice;
  if (!notice) return null;
  return (
    <section className="panel notice-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Transparency notice</h2>
      {notice.__typename === 'InputErrors' ? (
        <>
          <p>The notice for “{campaign.name}” is incomplete:</p>
          <ul className="field-issues" role="alert">
            {notice.issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
          <p>
            <Link href={hrefTo('/campaigns', { campaign: campaign.id })}>
              Complete its transparency details in the campaign planner
            </Link>{' '}
            and save it; the notice then shows here.
          </p>
        </>
      ) : (
        <>
          <p className="muted">
            {notice.required ? 'Required for political campaigns' : 'Published voluntarily'}: shown
            with every message of “{campaign.name}”
            {savedVariant ? '.' : '; this variant carries it once it is saved to the campaign.'}
          </p>
          <TransparencyNoticeView notice={notice} segmentId={segmentId} />
        </>
      )}
    </section>
  );
}
