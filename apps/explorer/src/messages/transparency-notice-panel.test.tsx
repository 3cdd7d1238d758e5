import { render, screen, within } from '@testing-library/react';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import type { CampaignTransparencyNoticesQuery } from '../gql/graphql';
import { mockClient } from '../testing/mock-client';
import { TransparencyNoticePanel } from './transparency-notice-panel';

const notice = {
  __typename: 'TransparencyNotice' as const,
  required: true,
  sponsor: { name: 'Green Future e.V.', contact: 'press@green-future.example' },
  paidBy: { name: 'Green Future Bavaria', contact: null },
  electionOrReferendum: 'Bavarian state election, 8 October 2028',
  amountPaid: null,
  period: null,
  targeting: {
    included: [{ segmentId: 's1', segmentName: 'Young urban', criteria: 'people whose Age is…' }],
    excluded: [
      { segmentId: 's2', segmentName: 'Football fans', criteria: 'people whose Federal…' },
    ],
  },
};

function renderPanel(campaign: CampaignTransparencyNoticesQuery['campaign']) {
  const client = mockClient({ CampaignTransparencyNotices: () => ({ campaign }) });
  render(
    <Provider value={client}>
      <TransparencyNoticePanel campaignId="c1" variantId="v1" segmentId="s1" />
    </Provider>,
  );
  return screen.findByRole('region', { name: 'Transparency notice' });
}

describe('TransparencyNoticePanel', () => {
  it('shows the variant’s notice: sponsor, payer, election and each segment’s criteria', async () => {
    const region = await renderPanel({
      id: 'c1',
      name: 'Turnout',
      transparencyNotice: null,
      variants: [{ id: 'v1', transparencyNotice: notice }],
    });
    expect(region).toHaveTextContent('Green Future e.V. (press@green-future.example)');
    expect(region).toHaveTextContent('Paid byGreen Future Bavaria');
    expect(region).toHaveTextContent('Bavarian state election, 8 October 2028');
    const addressed = within(region).getByRole('list', {
      name: 'Criteria of the addressed segments',
    });
    expect(addressed).toHaveTextContent(
      'Young urban (this variant’s segment): people whose Age is…',
    );
    expect(
      within(region).getByRole('list', { name: 'Criteria of the excluded segments' }),
    ).toHaveTextContent('Football fans: people whose Federal…');
    expect(region).not.toHaveTextContent('once it is saved');
  });

  it('shows the API’s issues and links to the planner when the notice is incomplete', async () => {
    const region = await renderPanel({
      id: 'c1',
      name: 'Turnout',
      transparencyNotice: {
        __typename: 'InputErrors',
        issues: [
          {
            path: 'campaign.transparency.sponsor',
            message: 'a political campaign needs a sponsor, with name and contact',
          },
        ],
      },
      variants: [],
    });
    expect(within(region).getByRole('alert')).toHaveTextContent(
      'campaign.transparency.sponsor: a political campaign needs a sponsor',
    );
    expect(
      within(region).getByRole('link', { name: /Complete its transparency details/ }),
    ).toHaveAttribute('href', '/campaigns?campaign=c1');
  });
});
