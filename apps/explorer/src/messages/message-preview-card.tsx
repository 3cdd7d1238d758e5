import type { PreviewMessageQuery } from '../gql/graphql';

/** A rendered message for one profile. */
export type MessagePreview = Omit<
  Extract<PreviewMessageQuery['previewMessage'], { __typename: 'MessagePreview' }>,
  '__typename' | 'sms'
> & {
  sms: { segments: number } | null;
};

/** One rendered message: subject, text (HTML in a sandboxed frame), missing values, SMS count. */
export function MessagePreviewCard({ preview }: { preview: MessagePreview }) {
  return (
    <article className="preview-card" aria-label={`Message for ${preview.externalId}`}>
      <header className="muted">
        For <strong>{preview.externalId}</strong>
        {preview.sms && ` · ${preview.sms.segments} SMS`}
      </header>
      {preview.subject && <p className="preview-subject">{preview.subject}</p>}
      {preview.html ? (
        <iframe
          title={`Message for ${preview.externalId}`}
          sandbox=""
          srcDoc={preview.text}
          className="preview-html"
        />
      ) : (
        <p className="preview-text" data-testid="preview-text">
          {preview.text}
        </p>
      )}
      {preview.missing.length > 0 && (
        <p className="warning">Missing for this person: {preview.missing.join(', ')}</p>
      )}
    </article>
  );
}
