import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCatalog } from '../catalog/use-catalog';
import type { CampaignPurpose } from '../gql/graphql';
import { SegmentChecklist } from '../segments/segment-checklist';
import { SegmentsQuery } from '../segments/segment-queries';
import { useDebounced } from '../ui/use-debounced';
import {
  draftFromSaved,
  newCampaignDraft,
  toCampaignInput,
  type CampaignDraft,
} from './campaign-draft';
import { ReachEstimateQuery, SaveCampaignMutation } from './campaign-queries';
import { CampaignSettings } from './campaign-settings';
import { ReachSummary } from './reach-summary';
import { SavedCampaignPicker } from './saved-campaign-picker';

/** Plans a campaign: who, over which channels, at what budget; shows its reach live and saves it. */
export default function CampaignPlannerScreen() {
  const { catalog } = useCatalog();
  const [{ data: saved }] = useQuery({ query: SegmentsQuery, variables: {} });
  const [draft, setDraft] = useState<CampaignDraft | null>(null);
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const [, saveCampaign] = useMutation(SaveCampaignMutation);

  useEffect(() => {
    if (catalog && !draft) setDraft(newCampaignDraft(catalog.channels));
  }, [catalog, draft]);

  const input = useDebounced(draft ? JSON.stringify(toCampaignInput(draft)) : null, 250);
  const [{ data, fetching }] = useQuery({
    query: ReachEstimateQuery,
    variables: {
      campaign: input
        ? (JSON.parse(input) as ReturnType<typeof toCampaignInput>)
        : toCampaignInput(newCampaignDraft([])),
      budget: draft?.budget ?? null,
    },
    pause: !input || !draft?.include.length,
  });

  if (!draft || !catalog) return <p className="loading">Loading…</p>;
  const segments = saved?.segments ?? [];
  const update = (patch: Partial<CampaignDraft>) => setDraft({ ...draft, ...patch });
  const result = data?.reachEstimate;

  const save = async () => {
    const answer = (await saveCampaign({ input: toCampaignInput(draft) })).data?.saveCampaign;
    if (!answer) return setSaveMessage('The API did not answer.');
    if (answer.__typename === 'InputErrors')
      return setSaveMessage(answer.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    update({ id: answer.id });
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
            onOpen={(c) => setDraft(draftFromSaved(c, catalog.channels))}
          />
          <button type="button" onClick={() => setDraft(newCampaignDraft(catalog.channels))}>
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
