import type { TransparencyDetailsInput } from '../gql/graphql';
import type { SavedCampaign } from './saved-campaigns';

/**
 * The planner's transparency fields of a political campaign, as typed: blank text means "not
 * given". Kept flat so that each form field edits one property.
 */
export interface TransparencyDraft {
  sponsorName: string;
  /** An email or postal address where the sponsor can be reached. */
  sponsorContact: string;
  /** Who paid, when not the sponsor; blank when the sponsor paid. */
  payerName: string;
  payerContact: string;
  electionOrReferendum: string;
  /** What was paid, when it is to be published; null when not. */
  amountPaid: number | null;
  /** Currency of `amountPaid`; EUR unless a saved campaign says otherwise. */
  amountPaidCurrency: string;
  /** First and last day the messages are sent, `YYYY-MM-DD`; blank when not given. */
  periodFrom: string;
  periodTo: string;
}

/** Transparency details as a saved campaign has them (null when it has none). */
export type SavedTransparency = SavedCampaign['transparency'];

/** No details given yet. */
export function emptyTransparencyDraft(): TransparencyDraft {
  return {
    sponsorName: '',
    sponsorContact: '',
    payerName: '',
    payerContact: '',
    electionOrReferendum: '',
    amountPaid: null,
    amountPaidCurrency: 'EUR',
    periodFrom: '',
    periodTo: '',
  };
}

/** The fields of a saved campaign's details, to edit them. */
export function transparencyDraftFromSaved(details: SavedTransparency): TransparencyDraft {
  const empty = emptyTransparencyDraft();
  if (!details) return empty;
  return {
    sponsorName: details.sponsor?.name ?? '',
    sponsorContact: details.sponsor?.contact ?? '',
    payerName: details.paidBy?.name ?? '',
    payerContact: details.paidBy?.contact ?? '',
    electionOrReferendum: details.electionOrReferendum ?? '',
    amountPaid: details.amountPaid?.amount ?? null,
    amountPaidCurrency: details.amountPaid?.currency ?? empty.amountPaidCurrency,
    periodFrom: details.period?.from ?? '',
    periodTo: details.period?.to ?? '',
  };
}

/**
 * The API's `TransparencyDetailsInput` for the fields: blank optional fields become null (a
 * blank payer means the sponsor paid). A half-filled sponsor, payer or period is sent as typed,
 * so that the API names the missing part by its path (`campaign.transparency.sponsor.contact`)
 * and the planner can show it next to that field.
 */
export function toTransparencyInput(draft: TransparencyDraft): TransparencyDetailsInput {
  const sponsorName = draft.sponsorName.trim();
  const sponsorContact = draft.sponsorContact.trim();
  const payerName = draft.payerName.trim();
  const payerContact = draft.payerContact.trim();
  const periodFrom = draft.periodFrom.trim();
  const periodTo = draft.periodTo.trim();
  return {
    sponsor: sponsorName || sponsorContact ? { name: sponsorName, contact: sponsorContact } : null,
    paidBy: payerName || payerContact ? { name: payerName, contact: payerContact || null } : null,
    electionOrReferendum: draft.electionOrReferendum.trim() || null,
    amountPaid:
      draft.amountPaid === null
        ? null
        : { amount: draft.amountPaid, currency: draft.amountPaidCurrency },
    period: periodFrom || periodTo ? { from: periodFrom, to: periodTo } : null,
  };
}
