import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { CampaignPurpose } from '../gql/graphql';
import { SegmentChecklist } from '../segments/segment-checklist';
import { SegmentsQuery } from '../segments/segment-queries';
import { hasIssuesUnder, type InputIssue } from '../ui/issues-by-field';
import { useDebounced } from '../ui/use-debounced';
import {
  draftFromSaved,
  newCampaignDraft,
  toCampaignInput,
  toReachInput,
  type CampaignDraft,
} from './campaign-draft';
import { ReachEstimateQuery, SaveCampaignMutation } from './campaign-queries';
import { CampaignSettings } from './campaign-settings';
import { ReachSummary } from './reach-summary';
import { SavedCampaignPicker } from './saved-campaign-picker';
import { TRANSPARENCY_PATH, TransparencyFields } from './transparency-fields';
import { usePlannerDraft } from './use-planner-draft';

/** Plans a campaign: who, over which channels, at what budget; shows its reach live and saves it. */
export default function CampaignPlannerScreen() {
  const { catalog, draft, setDraft } = usePlannerDraft();
  const [{ data: saved }] = useQuery({ query: SegmentsQuery, variables: {} });
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  /** The API's issues with the last save; those about transparency show under their fields. */
  const [issues, setIssues] = useState<readonly InputIssue[]>([]);
  const [, saveCampaign] = useMutation(SaveCampaignMutation);

  const input = useDebounced(draft ? JSON.stringify(toReachInput(draft)) : null, 250);
  const [{ data, fetching }] = useQuery({
    query: ReachEstimateQuery,
    variables: {
      campaign: input
        ? (JSON.parse(input) as ReturnType<typeof toReachInput>)
        : toReachInput(newCampaignDraft([])),
      budget: draft?.budget ?? null,
    },
    pause: !input || !draft?.include.length,
  });

  if (!draft || !catalog) return <p className="loading">Loading…</p>;
  const segments = saved?.segments ?? [];
  const update = (patch: Partial<CampaignDraft>) => setDraft({ ...draft, ...patch });
  const result = data?.reachEstimate;
  const open = (opened: CampaignDraft) => {
    setDraft(opened);
    setIssues([]);
    setSaveMessage(null);
  };

  const save = async () => {
    const answer = (await saveCampaign({ input: toCampaignInput(draft) })).data?.saveCampaign;
    if (!answer) return setSaveMessage('The API did not answer.');
    if (answer.__typename === 'InputErrors') {
      setIssues(answer.issues);
      return setSaveMessage(notSavedMessage(answer.issues));
    }
    update({ id: answer.id });
    setIssues([]);
    setSaveMessage(`Saved “${answer.name}”.`);
  };

  return (
    <section className="screen" aria-labelledby="planner-heading">
      <div className="screen-title">
        <h1 id="planner-heading">Campaign planner</h1>
        <div className="button-row">
          <SavedCampaignPicker
            label="Open saved"
            value={draft.id}
            onOpen={(c) => open(draftFromSaved(c, catalog.channels))}
          />
          <button type="button" onClick={() => open(newCampaignDraft(catalog.channels))}>
            New
          </button>
          <button
            type="button"
            className="primary"
            disabled={!draft.include.length || !draft.name}
            onClick={() => void save()}
          >
            {draft.id ? 'Save changes' : 'Save campaign'}
          </button>
        </div>
      </div>
      {saveMessage && <p role="status">{saveMessage}</p>}
      <div className="split">
        <div className="planner-form">
          <div className="panel form-grid">
            <label>
              Name
              <input
                type="text"
                value={draft.name}
                onChange={(e) => update({ name: e.target.value })}
              />
            </label>
            <label>
              Purpose
              <select
                value={draft.purpose}
                onChange={(e) => update({ purpose: e.target.value as CampaignPurpose })}
              >
                <option value="civic">civic</option>
                <option value="commercial">commercial</option>
                <option value="political">political</option>
              </select>
            </label>
          </div>
          {draft.purpose === 'political' && (
            <TransparencyFields
              value={draft.transparency}
              onChange={(transparency) => update({ transparency })}
              issues={issues}
            />
          )}
          <SegmentChecklist
            legend="Include segments"
            segments={segments}
            selected={draft.include}
            onChange={(include) => update({ include })}
          />
          <SegmentChecklist
            legend="Exclude segments"
            segments={segments}
            selected={draft.exclude}
            onChange={(exclude) => update({ exclude })}
          />
        </div>
        <div className="planner-main">
          <CampaignSettings draft={draft} onChange={update} />
          {!draft.include.length && <p>Include at least one segment to estimate the reach.</p>}
          {fetching && !result && <p className="loading">Estimating…</p>}
          {result?.__typename === 'InputErrors' && (
            <p role="alert">{result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}</p>
          )}
          {result?.__typename === 'ReachEstimate' && draft.include.length > 0 && (
            <ReachSummary estimate={result} />
          )}
        </div>
      </div>
    </section>
  );
}

/** Why a save was refused: each issue by path, but those shown under the transparency fields. */
function notSavedMessage(issues: readonly InputIssue[]): string {
  const elsewhere = issues.filter((i) => !hasIssuesUnder([i], TRANSPARENCY_PATH));
  const parts = elsewhere.map((i) => `${i.path}: ${i.message}`);
  if (elsewhere.length < issues.length) parts.push('complete the transparency details');
  return `Not saved: ${parts.join('; ')}.`;
}
