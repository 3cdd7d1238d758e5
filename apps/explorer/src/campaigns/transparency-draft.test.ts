import { describe, expect, it } from 'vitest';
import {
  emptyTransparencyDraft,
  toTransparencyInput,
  transparencyDraftFromSaved,
} from './transparency-draft';

describe('transparency draft', () => {
  it('sends no sponsor when none is typed, so the API asks for one', () => {
    expect(toTransparencyInput(emptyTransparencyDraft())).toEqual({
      sponsor: null,
      paidBy: null,
      electionOrReferendum: null,
      amountPaid: null,
      period: null,
    });
  });

  it('sends half-filled parts as typed, so the API names what is missing', () => {
    const input = toTransparencyInput({
      ...emptyTransparencyDraft(),
      sponsorName: 'Green Future',
      payerContact: 'billing@example.org',
      periodFrom: '2028-09-01',
    });
    expect(input).toMatchObject({
      sponsor: { name: 'Green Future', contact: '' },
      paidBy: { name: '', contact: 'billing@example.org' },
      period: { from: '2028-09-01', to: '' },
    });
  });

  it('keeps the currency of a saved amount', () => {
    const draft = transparencyDraftFromSaved({
      sponsor: null,
      paidBy: null,
      electionOrReferendum: null,
      amountPaid: { amount: 80, currency: 'CHF' },
      period: null,
    });
    expect(toTransparencyInput(draft).amountPaid).toEqual({ amount: 80, currency: 'CHF' });
    expect(toTransparencyInput({ ...draft, amountPaid: 0 }).amountPaid).toEqual({
      amount: 0,
      currency: 'CHF',
    });
  });
});
