import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../api/src/testing/test-server';
import { CHROMIUM, hasChromium } from './browser';
import { digits, openExplorerSession, type ExplorerSession } from './harness';
import { countedRule, installLatencyProbe, median, waitForNewCount } from './timing';

if (!hasChromium) {
  console.warn(
    `\n  e2e skipped: ${CHROMIUM} is missing (install it with: apt-get install -y chromium)\n`,
  );
}

describe.skipIf(!hasChromium)('explorer in a real browser over the real API', () => {
  let session: ExplorerSession;
  let api: TestServer;
  let page: Page;
  const shoot = (name: string) => session.shoot(name);
  const apiSize = (rule: unknown) => session.apiSize(rule);

  beforeAll(async () => {
    session = await openExplorerSession();
    ({ api, page } = session);
  });

  afterAll(() => session?.close());

  it('builds a nested segment by clicking and shows the API’s exact size for it', async () => {
    await page.goto(`${session.url}/builder`);
    const root = page.locator('[aria-label="the rule"]');
    await root.getByLabel('Add a condition to the rule').selectOption('attribute');
    await page.getByLabel('Find attribute').fill('age');
    await page.getByLabel('Find attribute').press('Enter');
    await page.getByLabel('Age from').fill('18');
    await page.getByLabel('Age to').fill('49');

    await root.getByRole('button', { name: '+ Group (ANY of)' }).last().click();
    const anyGroup = page.locator('[aria-label="OR group"]');
    await anyGroup.getByLabel('Add a condition to OR group').selectOption('interest');
    await anyGroup.getByLabel('Minimum affinity').fill('0.4');
    await anyGroup.getByLabel('Add a condition to OR group').selectOption('reachable');
    await anyGroup.getByLabel('Channel').selectOption('sms');

    await root.getByLabel('Add a condition to the rule').last().selectOption('attribute');
    await page.getByLabel('Find attribute').last().fill('federal');
    await page.getByLabel('Find attribute').last().press('Enter');
    await page.getByRole('checkbox', { name: 'BY' }).check();
    await page.getByRole('button', { name: 'Negate Federal state condition (toggle NOT)' }).click();

    const before = '';
    await waitForNewCount(page, before);
    const counted = page.locator('[data-testid=subtree-count][data-status=counted]');
    await expect.poll(() => counted.count()).toBe(6);
    const rule = session.ruleInUrl();
    expect(rule).toMatchObject({
      and: [
        { attribute: { key: 'age', op: 'between', min: 18, max: 49 } },
        { or: [{ interest: { minAffinity: 0.4 } }, { reachable: { channel: 'sms' } }] },
        { not: { attribute: { key: 'region', op: 'in', values: ['BY'] } } },
      ],
    });
    const shown = digits(await page.getByTestId('live-size').textContent());
    expect(shown).toBe(await apiSize(rule));
    expect(shown).toBeGreaterThan(0);
    const orCount = page.locator('[aria-label="OR group"] > header [data-testid=subtree-count]');
    expect(digits((await orCount.textContent())?.split('(')[0] ?? '')).toBe(
      await apiSize((rule as { and: unknown[] }).and[1]),
    );
    await page.getByRole('img', { name: /Share of each value/ }).waitFor();
    await shoot('1-builder');
  });

  it('updates the count quickly after each click (median of several edits)', async () => {
    await page.getByRole('button', { name: 'Negate NOT (toggle NOT)' }).click();
    await waitForNewCount(page, '');
    await installLatencyProbe(page);
    const latencies: number[] = [];
    for (const region of ['BE', 'NW', 'HH', 'BY', 'SN', 'BE', 'TH']) {
      const before = await countedRule(page);
      await page.getByRole('checkbox', { name: region }).click();
      latencies.push(await waitForNewCount(page, before));
    }
    const rule = session.ruleInUrl();
    expect(digits(await page.getByTestId('live-size').textContent())).toBe(await apiSize(rule));
    console.log(
      `click → updated count: median ${median(latencies).toFixed(0)} ms over ${latencies.length} edits (${latencies.map((l) => l.toFixed(0)).join(', ')} ms; debounce 100 ms included)`,
    );
    expect(median(latencies)).toBeLessThan(2000);
  });

  it('shows the overlap of three segments with the API’s counts, and opens an intersection as a draft', async () => {
    await page.getByRole('link', { name: 'Overlap' }).click();
    const names = ['Young urban climate-minded', 'Bavarian football fans', 'Older rural gardeners'];
    for (const name of names) await page.getByRole('checkbox', { name, exact: true }).check();
    await page.getByTestId('overlap-stats').waitFor();
    const ids = [
      DEMO_SEGMENT_IDS.youngUrbanClimate,
      DEMO_SEGMENT_IDS.bavarianFootballFans,
      DEMO_SEGMENT_IDS.olderRuralGardeners,
    ];
    const overlap = await api.graphql<{
      segmentOverlap: { union: number; intersections: number[][] };
    }>(
      'query ($s: [SegmentRef!]!) { segmentOverlap(segments: $s) { ... on SegmentOverlap { union intersections } } }',
      { s: ids.map((id) => ({ id })) },
    );
    const expected = overlap.data?.segmentOverlap;
    await expect
      .poll(async () =>
        digits(await page.getByTestId('overlap-stats').locator('dd').first().textContent()),
      )
      .toBe(expected?.union);
    await expect(page.getByRole('img', { name: /Euler diagram/ }).isVisible()).resolves.toBe(true);
    await shoot('2-overlap');

    await page.getByRole('button', { name: new RegExp(`^${names[0]} and ${names[1]}:`) }).click();
    await page.waitForURL(/\/builder/);
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('[data-testid=live-size]')?.dataset.status === 'fresh',
    );
    expect(digits(await page.getByTestId('live-size').textContent())).toBe(
      expected?.intersections[0]?.[1],
    );
  });

  it('plans a campaign, reads its reach and saves it', async () => {
    await page.getByRole('link', { name: 'Campaign planner' }).click();
    await page
      .getByRole('group', { name: 'Include segments' })
      .getByRole('checkbox', { name: 'Lapsed donors', exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Exclude segments' })
      .getByRole('checkbox', { name: 'Families not yet members', exact: true })
      .check();
    await page.getByLabel('Budget in EUR').fill('1');
    const draft = {
      name: 'New campaign',
      purpose: 'civic',
      includeSegmentIds: [DEMO_SEGMENT_IDS.lapsedDonors],
      excludeSegmentIds: [DEMO_SEGMENT_IDS.familiesNotMembers],
      holdoutShare: 0.1,
      channels: [
        { channel: 'email', costPerContact: 0.02, priority: 0 },
        { channel: 'sms', costPerContact: 0.09, priority: 1 },
      ],
      budget: { amount: 1, currency: 'EUR' },
    };
    const estimate = await api.graphql<{
      reachEstimate: { reachAtBudget: number; audience: number };
    }>(
      'query ($c: CampaignInput!) { reachEstimate(campaign: { draft: $c }, budget: 1) { ... on ReachEstimate { reachAtBudget audience } } }',
      { c: draft },
    );
    const expected = estimate.data?.reachEstimate.reachAtBudget;
    expect(expected).toBeGreaterThan(0);
    await expect
      .poll(async () => digits(await page.getByTestId('reach-at-budget').textContent()), {
        timeout: 20_000,
      })
      .toBe(expected);
    await shoot('3-campaign');
    await page.getByRole('button', { name: 'Save campaign' }).click();
    await page.getByText('Saved “New campaign”.').waitFor();
    const saved = await api.graphql<{ campaigns: { name: string }[] }>('{ campaigns { name } }');
    expect(saved.data?.campaigns.map((c) => c.name)).toContain('New campaign');
  });

  it('previews a message for real profiles and marks a syntax error at its line and column', async () => {
    await page.getByRole('link', { name: 'Message studio' }).click();
    await page.getByRole('heading', { name: 'Message studio' }).waitFor();
    await page.getByLabel('Segment', { exact: true }).selectOption({ label: 'Lapsed donors' });
    const template = 'Hi {{ profile.first_name | default: "friend" }} from {{ profile.city }}!';
    await page.getByLabel('Message (Liquid)').fill(template);
    const first = page.getByLabel('Preview for a real profile').getByTestId('preview-text');
    await expect.poll(() => first.textContent(), { timeout: 20_000 }).toMatch(/^Hi \S+ from .*!$/);
    const sample = await api.graphql<{ previewSample: { previews: { text: string }[] } }>(
      'query ($v: MessageVariantInput!) { previewSample(variant: { draft: $v }, n: 1) { ... on MessageSample { previews { text } } } }',
      {
        v: {
          id: 'v1',
          name: 'Variant 1',
          segmentId: DEMO_SEGMENT_IDS.lapsedDonors,
          channel: 'sms',
          template,
        },
      },
    );
    expect(await first.textContent()).toBe(sample.data?.previewSample.previews[0]?.text);
    const card = page.getByLabel('Preview for a real profile').getByRole('article');
    const firstProfile = await card.getAttribute('aria-label');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => card.getAttribute('aria-label')).not.toBe(firstProfile);
    await shoot('4-messages');

    await page.getByLabel('Campaign', { exact: true }).selectOption({ label: 'New campaign' });
    await page.getByRole('button', { name: 'Save variants to campaign' }).click();
    await page.getByText('Saved 1 variant(s) to “New campaign”.').waitFor();
    const campaigns = await api.graphql<{ campaigns: { variants: { template: string }[] }[] }>(
      '{ campaigns { variants { template } } }',
    );
    expect(campaigns.data?.campaigns[0]?.variants).toEqual([{ template }]);

    await page.getByLabel('Message (Liquid)').fill('Hi {{ profile.first_name }\nsee you');
    await expect
      .poll(() => page.locator('#template-issues').textContent())
      .toMatch(/Line 1, column \d+/);
    await shoot('4-messages-error');
  });
});
