import { describe, expect, it } from 'vitest';
import { hasIssuesUnder, issuesByField } from './issues-by-field';

const fields = ['sponsor.name', 'sponsor.contact', 'amountPaid', 'period.to'];
const at = (path: string) => ({ path, message: `about ${path}` });

describe('issuesByField', () => {
  it('puts each issue on the field it names or lies inside', () => {
    const placed = issuesByField(
      [
        at('campaign.transparency.sponsor.contact'),
        at('campaign.transparency.amountPaid.currency'),
      ],
      'campaign.transparency',
      fields,
    );
    expect(Object.fromEntries(placed)).toEqual({
      'sponsor.contact': ['about campaign.transparency.sponsor.contact'],
      amountPaid: ['about campaign.transparency.amountPaid.currency'],
    });
  });

  it('puts an issue about a group on its first field, and the rest on the form', () => {
    const placed = issuesByField(
      [at('campaign.transparency.sponsor'), at('campaign.transparency'), at('campaign.name')],
      'campaign.transparency',
      fields,
    );
    expect(Object.fromEntries(placed)).toEqual({
      'sponsor.name': ['about campaign.transparency.sponsor'],
      '': ['about campaign.transparency'],
    });
  });

  it('tells whether any issue is about an input', () => {
    const issues = [at('campaign.transparencyX'), at('campaign.variants[0].template')];
    expect(hasIssuesUnder(issues, 'campaign.transparency')).toBe(false);
    expect(hasIssuesUnder(issues, 'campaign.variants')).toBe(true);
  });
});
