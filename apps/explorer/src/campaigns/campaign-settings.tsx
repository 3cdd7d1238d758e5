import type { CampaignDraft } from './campaign-draft';
import { ChannelTable } from './channel-table';

/** Channels, holdout, frequency cap and budget of a plan. */
export function CampaignSettings({
  draft,
  onChange,
}: {
  draft: CampaignDraft;
  onChange: (patch: Partial<CampaignDraft>) => void;
}) {
  const cap = draft.frequencyCap;
  return (
    <div className="panel campaign-settings">
      <ChannelTable channels={draft.channels} onChange={(channels) => onChange({ channels })} />
      <div className="settings-row">
        <label className="inline-field">
          Holdout
          <input
            type="range"
            min={0}
            max={0.5}
            step={0.01}
            aria-label="Holdout share"
            value={draft.holdoutShare}
            onChange={(e) => onChange({ holdoutShare: Number(e.target.value) })}
          />
          <output>{Math.round(draft.holdoutShare * 100)}%</output>
        </label>
        <label className="inline-field">
          <input
            type="checkbox"
            checked={cap !== null}
            onChange={(e) =>
              onChange({ frequencyCap: e.target.checked ? { maxMessages: 3, perDays: 30 } : null })
            }
          />
          Frequency cap
        </label>
        {cap && (
          <>
            <label className="inline-field">
              at most
              <input
                type="number"
                min={1}
                className="number-input"
                aria-label="Most messages per person"
                value={cap.maxMessages}
                onChange={(e) =>
                  onChange({ frequencyCap: { ...cap, maxMessages: Number(e.target.value) } })
                }
              />
            </label>
            <label className="inline-field">
              per
              <input
                type="number"
                min={1}
                className="number-input"
                aria-label="Cap window in days"
                value={cap.perDays}
                onChange={(e) =>
                  onChange({ frequencyCap: { ...cap, perDays: Number(e.target.value) } })
                }
              />
              days
            </label>
          </>
        )}
        <label className="inline-field">
          Budget (EUR)
          <input
            type="number"
            min={0}
            step={1}
            className="number-input"
            aria-label="Budget in EUR"
            value={draft.budget ?? ''}
            onChange={(e) =>
              onChange({ budget: e.target.value === '' ? null : Number(e.target.value) })
            }
          />
        </label>
      </div>
    </div>
  );
}
