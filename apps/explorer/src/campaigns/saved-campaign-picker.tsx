import { useQuery } from 'urql';
import { SavedCampaignsQuery, savedCampaignsContext, type SavedCampaign } from './saved-campaigns';

/** A select of the saved campaigns; choosing one hands it to `onOpen`. */
export function SavedCampaignPicker({
  label,
  value,
  onOpen,
}: {
  label: string;
  value: string | null;
  onOpen: (campaign: SavedCampaign) => void;
}) {
  const [{ data }] = useQuery({ query: SavedCampaignsQuery, context: savedCampaignsContext });
  const campaigns = data?.campaigns ?? [];
  return (
    <label className="inline-field">
      {label}
      <select
        aria-label={label}
        value={value ?? ''}
        onChange={(e) => {
          const campaign = campaigns.find((c) => c.id === e.target.value);
          if (campaign) onOpen(campaign);
        }}
      >
        <option value="">{campaigns.length ? 'choose…' : 'none saved yet'}</option>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
