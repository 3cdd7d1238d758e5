import { useState } from 'react';
import { useQuery } from 'urql';
import type { MessageVariantInput } from '../gql/graphql';
import { MessagePreviewCard } from './message-preview-card';
import { PreviewMessageQuery, SegmentMembersQuery } from './message-queries';

/** How many members the stepper walks through. */
const MEMBERS = 20;

/** The variant rendered for one real member of its segment, stepping through the first members. */
export function ProfilePreview({ variant }: { variant: MessageVariantInput }) {
  const [index, setIndex] = useState(0);
  const [{ data: members }] = useQuery({
    query: SegmentMembersQuery,
    variables: { segmentId: variant.segmentId, first: MEMBERS },
  });
  const nodes = members?.profiles.__typename === 'ProfilePage' ? members.profiles.nodes : [];
  const current = nodes[Math.min(index, nodes.length - 1)];
  const [{ data, fetching }] = useQuery({
    query: PreviewMessageQuery,
    variables: { variant, profileId: current?.id ?? '' },
    pause: !current,
  });
  const preview = data?.previewMessage;
  return (
    <section className="panel" aria-labelledby="profile-preview-heading">
      <div className="screen-title">
        <h2 id="profile-preview-heading">Preview for a real profile</h2>
        <div className="button-row" role="group" aria-label="Step through members">
          <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
            ← Previous
          </button>
          <span className="muted">
            {nodes.length
              ? `${Math.min(index, nodes.length - 1) + 1} of ${nodes.length}`
              : '0 members'}
          </span>
          <button
            type="button"
            disabled={index >= nodes.length - 1}
            onClick={() => setIndex(index + 1)}
          >
            Next →
          </button>
        </div>
      </div>
      {fetching && !preview && <p className="loading">Rendering…</p>}
      {preview?.__typename === 'InputErrors' && (
        <p role="alert">{preview.issues.map((i) => i.message).join('; ')}</p>
      )}
      {preview?.__typename === 'MessagePreview' && <MessagePreviewCard preview={preview} />}
    </section>
  );
}
