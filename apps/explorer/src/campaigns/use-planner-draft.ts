import { useCallback, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useCatalog, type Catalog } from '../catalog/use-catalog';
import { hrefTo, navigate, useLocation } from '../router/router';
import { draftFromSaved, newCampaignDraft, type CampaignDraft } from './campaign-draft';
import { SavedCampaignsQuery, savedCampaignsContext } from './saved-campaigns';

/**
 * The planner's draft (null until the catalog is there) and how to replace it. It starts as
 * the saved campaign named by `?campaign=` (the message studio links there to complete a
 * campaign's transparency details), else as a new plan. The URL follows the draft's id, so a
 * reload or a shared link opens the same campaign.
 */
export function usePlannerDraft(): {
  catalog: Catalog | null;
  draft: CampaignDraft | null;
  setDraft: (draft: CampaignDraft) => void;
} {
  const { catalog } = useCatalog();
  const { pathname, search } = useLocation();
  const requested = search.get('campaign');
  const [draft, setDraftState] = useState<CampaignDraft | null>(null);
  const [{ data, error }] = useQuery({
    query: SavedCampaignsQuery,
    context: savedCampaignsContext,
    pause: !requested,
  });

  const setDraft = useCallback(
    (next: CampaignDraft) => {
      setDraftState(next);
      navigate(hrefTo(pathname, { campaign: next.id }), { replace: true });
    },
    [pathname],
  );

  const waiting = requested !== null && !data && !error;
  useEffect(() => {
    if (!catalog || draft || waiting) return;
    const saved = data?.campaigns.find((c) => c.id === requested);
    setDraft(saved ? draftFromSaved(saved, catalog.channels) : newCampaignDraft(catalog.channels));
  }, [catalog, draft, waiting, data, requested, setDraft]);

  return { catalog, draft, setDraft };
}
