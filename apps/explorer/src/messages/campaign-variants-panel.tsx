import { useState } from 'react';
import { useMutation } from 'urql';
import { SaveCampaignMutation } from '../campaigns/campaign-queries';
import { SavedCampaignPicker } from '../campaigns/saved-campaign-picker';
import { savedCampaignInput, type SavedCampaign } from '../campaigns/saved-campaigns';
import { toVariantInput, type VariantDraft } from './message-variant';

/**
 * Ties the studio to a saved campaign: open it (`onOpen`; the studio takes its variants), or
 * save the studio's variants into it (the API checks every template again and names problems
 * by path, e.g. `variants[0].template`).
 */
export function CampaignVariantsPanel({
  campaign,
  variants,
  onOpen,
}: {
  campaign: SavedCampaign | null;
  variants: readonly VariantDraft[];
  onOpen: (campaign: SavedCampaign) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [{ fetching }, saveCampaign] = useMutation(SaveCampaignMutation);
  const open = (picked: SavedCampaign) => {
    setMessage(null);
    onOpen(picked);
  };
  const save = async () => {
    if (!campaign) return;
    const input = { ...savedCampaignInput(campaign), variants: variants.map(toVariantInput) };
    const answer = (await saveCampaign({ input })).data?.saveCampaign;
    if (!answer) return setMessage('The API did not answer.');
    if (answer.__typename === 'InputErrors')
      return setMessage(answer.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    setMessage(`Saved ${variants.length} variant(s) to “${answer.name}”.`);
  };
  return (
    <div className="campaign-variants">
      <SavedCampaignPicker label="Campaign" value={campaign?.id ?? null} onOpen={open} />
      <button type="button" disabled={!campaign || fetching} onClick={() => void save()}>
        Save variants to campaign
      </button>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
