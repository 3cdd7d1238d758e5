import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { hrefTo, navigate } from '../router/router';
import type { RuleJson } from '../rule/rule-tree';
import {
  CreateSegmentMutation,
  SegmentQuery,
  UpdateSegmentMutation,
} from '../segments/segment-queries';
import { encodeRule } from '../rule/rule-url';

/** Saves the draft as a new segment, or over the saved segment it was opened from. */
export function SaveSegmentForm({
  rule,
  segmentId,
  canSave,
}: {
  rule: RuleJson;
  segmentId: string | null;
  canSave: boolean;
}) {
  const [{ data }] = useQuery({
    query: SegmentQuery,
    variables: { id: segmentId ?? '' },
    pause: !segmentId,
  });
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [created, createSegment] = useMutation(CreateSegmentMutation);
  const [updated, updateSegment] = useMutation(UpdateSegmentMutation);

  useEffect(() => {
    if (data?.segment) {
      setName(data.segment.name);
      setDescription(data.segment.description);
    }
  }, [data?.segment]);

  const save = async (asNew: boolean) => {
    const input = { name, description, rule };
    const result =
      segmentId && !asNew
        ? (await updateSegment({ id: segmentId, input })).data?.updateSegment
        : (await createSegment({ input })).data?.createSegment;
    if (!result) return setMessage('The API did not answer.');
    if (result.__typename === 'InputErrors')
      return setMessage(result.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    setMessage(`Saved “${result.name}” (${result.size.toLocaleString('en-US')} profiles).`);
    navigate(hrefTo('/builder', { segment: result.id, rule: encodeRule(rule) }), { replace: true });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <form className="save-form" onSubmit={onSubmit} aria-labelledby="save-heading">
      <h2 id="save-heading">{segmentId ? 'Saved segment' : 'Save as segment'}</h2>
      <label>
        Name
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Description
        <input value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" disabled={!canSave || !name || created.fetching || updated.fetching}>
          {segmentId ? 'Update segment' : 'Save segment'}
        </button>
        {segmentId && (
          <button type="button" disabled={!canSave || !name} onClick={() => void save(true)}>
            Save as new
          </button>
        )}
      </div>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
