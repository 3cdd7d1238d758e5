import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../api/src/testing/test-server';
import { CHROMIUM, hasChromium } from './browser';
import { openExplorerSession, type ExplorerSession } from './harness';

if (!hasChromium) {
  console.warn(
    `\n  e2e skipped: ${CHROMIUM} is missing (install it with: apt-get install -y chromium)\n`,
  );
}

const details = {
  sponsor: { name: 'Green Future e.V.', contact: 'press@green-future.example' },
  paidBy: { name: 'Green Future Bavaria', contact: null },
  electionOrReferendum: 'Bavarian state election, 8 October 2028',
  amountPaid: { amount: 12500, currency: 'EUR' },
  period: { from: '2028-09-01', to: '2028-10-07' },
};

interface SavedCampaigns {
  campaigns: { id: string; name: string; transparency: typeof details | null }[];
}

interface Notice {
  campaign: {
    transparencyNotice: { targeting: Record<'included' | 'excluded', { criteria: string }[]> };
  };
}

describe.skipIf(!hasChromium)('political transparency in a real browser over the real API', () => {
  let session: ExplorerSession;
  let api: TestServer;
  let page: Page;

  beforeAll(async () => {
    session = await openExplorerSession();
    ({ api, page } = session);
  });

  afterAll(() => session?.close());

  it('plans a political campaign with its transparency details, then shows its notice in the message studio', async () => {
    await page.goto(`${session.url}/campaigns`);
    await page.getByLabel('Name', { exact: true }).fill('Turnout 2028');
    await page.getByLabel('Purpose').selectOption('political');
    await page
      .getByRole('group', { name: 'Include segments' })
      .getByRole('checkbox', { name: 'Young urban climate-minded', exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Exclude segments' })
      .getByRole('checkbox', { name: 'Bavarian football fans', exact: true })
      .check();

    // A sponsor without a contact: the API's issue shows under the contact field.
    const transparency = page.getByRole('group', { name: 'Transparency' });
    await transparency.getByLabel('Sponsor name').fill(details.sponsor.name);
    await page.getByRole('button', { name: 'Save campaign' }).click();
    await page.getByText('Not saved: complete the transparency details.').waitFor();
    const contact = transparency.getByLabel('Sponsor contact');
    expect(await contact.getAttribute('aria-invalid')).toBe('true');
    const issuesId = await contact.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${issuesId}"]`).textContent()).toContain(
      'a contact for the sponsor (an email or postal address) is required',
    );

    await contact.fill(details.sponsor.contact);
    await transparency.getByLabel('Paid by').fill(details.paidBy.name);
    await transparency.getByLabel('Election or referendum').fill(details.electionOrReferendum);
    await transparency.getByLabel('Amount paid (EUR)').fill('12500');
    await transparency.getByLabel('Sent from').fill(details.period.from);
    await transparency.getByLabel('Sent until').fill(details.period.to);
    await page.getByRole('button', { name: 'Save campaign' }).click();
    await page.getByText('Saved “Turnout 2028”.').waitFor();
    expect(await contact.getAttribute('aria-invalid')).toBeNull();

    const saved = await api.graphql<SavedCampaigns>(
      `{ campaigns { id name transparency { sponsor { name contact } paidBy { name contact }
        electionOrReferendum amountPaid { amount currency } period { from to } } } }`,
    );
    const campaign = saved.data?.campaigns.find((c) => c.name === 'Turnout 2028');
    expect(campaign?.transparency).toEqual(details);
    expect(new URL(page.url()).searchParams.get('campaign')).toBe(campaign?.id);
    await session.shoot('5-transparency-planner');

    // Loaded back when the saved campaign is opened again.
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect.poll(() => transparency.count()).toBe(0);
    await page.getByLabel('Open saved').selectOption({ label: 'Turnout 2028' });
    await expect
      .poll(() => transparency.getByLabel('Sponsor contact').inputValue())
      .toBe(details.sponsor.contact);
    expect(await transparency.getByLabel('Paid by').inputValue()).toBe(details.paidBy.name);
    expect(await transparency.getByLabel('Sent until').inputValue()).toBe(details.period.to);

    const notice = await api.graphql<Notice>(
      `query ($id: ID!) { campaign(id: $id) { transparencyNotice { ... on TransparencyNotice {
        targeting { included { criteria } excluded { criteria } } } } } }`,
      { id: campaign?.id },
    );
    const targeting = notice.data?.campaign.transparencyNotice.targeting;
    const criteria = [...(targeting?.included ?? []), ...(targeting?.excluded ?? [])];
    expect(criteria).toHaveLength(2);

    await page.getByRole('link', { name: 'Message studio' }).click();
    await page.getByRole('heading', { name: 'Message studio' }).waitFor();
    await page
      .getByLabel('Segment', { exact: true })
      .selectOption({ label: 'Young urban climate-minded' });
    await page.getByLabel('Campaign', { exact: true }).selectOption({ label: 'Turnout 2028' });
    const shown = page.getByRole('region', { name: 'Transparency notice' });
    await expect
      .poll(() => shown.textContent(), { timeout: 20_000 })
      .toContain('once it is saved to the campaign');
    const text = (await shown.textContent()) ?? '';
    for (const part of [
      `${details.sponsor.name} (${details.sponsor.contact})`,
      details.paidBy.name,
      details.electionOrReferendum,
      '€12,500.00',
      ...criteria.map((c) => c.criteria),
    ])
      expect(text).toContain(part);
    expect(
      await shown.getByRole('list', { name: 'Criteria of the addressed segments' }).textContent(),
    ).toContain('Young urban climate-minded (this variant’s segment)');

    // Saved to the campaign, the variant carries the notice itself.
    await page.getByRole('button', { name: 'Save variants to campaign' }).click();
    await page.getByText('Saved 1 variant(s) to “Turnout 2028”.').waitFor();
    await expect
      .poll(() => shown.textContent(), { timeout: 20_000 })
      .not.toContain('once it is saved');
    expect(await shown.textContent()).toContain(criteria[0]?.criteria);
    await session.shoot('6-transparency-notice');
  });
});
