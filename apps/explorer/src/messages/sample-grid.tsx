import { useState } from 'react';
import { useQuery } from 'urql';
import type { MessageVariantInput } from '../gql/graphql';
import { formatCount } from '../ui/format';
import { MessagePreviewCard } from './message-preview-card';
import { PreviewSampleQuery } from './message-queries';

/** The variant rendered for a sample of n members, side by side. */
export function SampleGrid({ variant }: { variant: MessageVariantInput }) {
  const [n, setN] = useState(3);
  const [{ data, fetching }] = useQuery({ query: PreviewSampleQuery, variables: { variant, n } });
  const sample = data?.previewSample;
  return (
    <section className="panel" aria-labelledby="sample-heading">
      <div className="screen-title">
        <h2 id="sample-heading">Sample side by side</h2>
        <label className="inline-field">
          Members
          <select value={n} onChange={(e) => setN(Number(e.target.value))}>
            {[3, 6, 9].map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
      {fetching && !sample && <p className="loading">Rendering…</p>}
      {sample?.__typename === 'InputErrors' && (
        <p role="alert">{sample.issues.map((i) => i.message).join('; ')}</p>
      )}
      {sample?.__typename === 'MessageSample' && (
        <>
          <p className="muted">Sampled from {formatCount(sample.segmentSize)} members.</p>
          <div className="sample-grid">
            {sample.previews.map((p) => (
              <MessagePreviewCard key={p.profileId} preview={p} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
