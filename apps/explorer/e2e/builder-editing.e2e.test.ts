import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium } from './browser';
import { digits, openExplorerSession, type ExplorerSession } from './harness';

if (!hasChromium) console.warn(`\n  e2e skipped: ${CHROMIUM} is missing\n`);

const age = { attribute: { key: 'age', op: 'between', min: 18, max: 49 } };
const sms = { reachable: { channel: 'sms' } };
const email = { reachable: { channel: 'email' } };
const climate = { interest: { topic: 'climate', minAffinity: 0.4 } };

/** Waits until the live size and every inline count belong to the rule in the URL. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const live = document.querySelector<HTMLElement>('[data-testid=live-size]');
    const rule = new URL(window.location.href).searchParams.get('rule');
    return (
      live?.dataset.status === 'fresh' &&
      live.dataset.countedRule === rule &&
      !document.querySelector('[data-testid=subtree-count][data-status=pending]')
    );
  });
}

/** The rules of every `SubtreeSizes` request the page sends from now on. */
function recordSubtreeRequests(page: Page): unknown[][] {
  const requests: unknown[][] = [];
  page.on('request', (request: Request) => {
    const body = request.url().endsWith('/graphql')
      ? (request.postDataJSON() as { operationName?: string; variables?: { segments?: unknown } })
      : null;
    if (body?.operationName === 'SubtreeSizes')
      requests.push((body.variables?.segments as { rule: unknown }[]).map((s) => s.rule));
  });
  return requests;
}

describe.skipIf(!hasChromium)('editing rules in the builder, in a real browser', () => {
  let session: ExplorerSession;
  let page: Page;
  const handle = (label: string) =>
    page.locator(`[aria-label="${label}"] > .node-header > .drag-handle`);
  const shownSize = async () => digits(await page.getByTestId('live-size').textContent());

  beforeAll(async () => {
    session = await openExplorerSession();
    page = session.page;
  });
  afterAll(() => session?.close());

  it('reorders and regroups nodes by dragging them, asking only changed parts to be counted', async () => {
    const start = { and: [age, { or: [sms, climate] }, email] };
    await page.goto(`${session.url}/builder?rule=${encodeURIComponent(JSON.stringify(start))}`);
    await settled(page);
    const requests = recordSubtreeRequests(page);

    // Reorder with the pointer held down step by step, to see the drop marker mid-drag.
    const ageCondition = page.getByRole('group', { name: 'Age condition', exact: true });
    await handle('reachable on email condition').hover();
    await page.mouse.down();
    const box = await ageCondition.boundingBox();
    if (!box) throw new Error('no age condition on screen');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y, { steps: 8 });
    // Under test, drag events come only with pointer moves: keep the hand trembling a little.
    let tremble = 0;
    await expect
      .poll(async () => {
        await page.mouse.move(x + (tremble ^= 1), y);
        return page.locator('li.drop-before').count();
      })
      .toBe(1);
    await page.screenshot({ path: `${session.screenshots}/5-builder-dragging.png` });
    await page.mouse.up();
    await settled(page);
    expect(session.ruleInUrl()).toEqual({ and: [email, age, { or: [sms, climate] }] });
    expect(await page.locator('li.drop-before').count()).toBe(0);
    // The moved condition and the OR group are unchanged: only the root changed, and it is
    // counted by the live size, so nothing is asked again.
    expect(requests).toEqual([]);

    // Regroup: the age condition into the OR group, dropped on the group's end.
    await handle('Age condition').dragTo(page.locator('[aria-label="OR group"] > footer'));
    await settled(page);
    const regrouped = { and: [email, { or: [sms, climate, age] }] };
    expect(session.ruleInUrl()).toEqual(regrouped);
    expect(requests).toEqual([[{ or: [sms, climate, age] }]]);
    const orCount = page.locator('[aria-label="OR group"] > header [data-testid=subtree-count]');
    expect(digits((await orCount.textContent())?.split('(')[0] ?? '')).toBe(
      await session.apiSize(regrouped.and[1]),
    );

    // Out of the group again: sms dropped on the email condition goes before it.
    await handle('reachable on sms condition').dragTo(
      page.getByRole('group', { name: 'reachable on email condition', exact: true }),
    );
    await settled(page);
    const moved = { and: [sms, email, { or: [climate, age] }] };
    expect(session.ruleInUrl()).toEqual(moved);
    expect(await shownSize()).toBe(await session.apiSize(moved));
    expect(requests).toHaveLength(2);
    await session.shoot('5-builder-dragged');
  });

  it('does the same with the keyboard: move buttons keep the focus, Ctrl+Z undoes', async () => {
    const down = page.getByRole('button', { name: 'Move reachable on sms condition down' });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => down.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await settled(page);
    expect(session.ruleInUrl()).toEqual({ and: [email, { or: [climate, age] }, sms] });

    await page
      .getByRole('button', { name: 'Move reachable on sms condition into the group above' })
      .focus();
    await page.keyboard.press(' ');
    await settled(page);
    const indented = { and: [email, { or: [climate, age, sms] }] };
    expect(session.ruleInUrl()).toEqual(indented);
    expect(await shownSize()).toBe(await session.apiSize(indented));

    await page.keyboard.press('Control+z');
    await settled(page);
    expect(session.ruleInUrl()).toEqual({ and: [email, { or: [climate, age] }, sms] });
  });

  it('counts a date range edited with the date pickers exactly as the API does', async () => {
    const years = await session.api.graphql<{
      attributeDistribution: { rows: { kind: string; from: number | null }[] };
    }>(
      '{ attributeDistribution(attribute: "signup_date") { ... on Composition { rows { kind from } } } }',
    );
    const signupYears = years.data?.attributeDistribution.rows
      .filter((r) => r.kind === 'year')
      .map((r) => r.from ?? 0);
    if (!signupYears?.length) throw new Error('no signup years in the population');
    const from = `${Math.min(...signupYears) + 1}-01-01`;
    const to = `${Math.max(...signupYears) - 1}-06-30`;

    await page.goto(`${session.url}/builder`);
    await page.getByLabel('Add a condition to the rule').selectOption('attribute');
    await page.getByLabel('Find attribute').fill('signup');
    await page.getByLabel('Find attribute').press('Enter');
    const condition = page.getByRole('group', { name: 'Signup date condition', exact: true });
    await expect.poll(() => condition.getByLabel('Operator').inputValue()).toBe('between');
    await condition.getByLabel('Signup date from').fill(from);
    await condition.getByLabel('Signup date to').fill(to);
    await settled(page);
    const range = {
      and: [{ attribute: { key: 'signup_date', op: 'between', min: from, max: to } }],
    };
    expect(session.ruleInUrl()).toEqual(range);
    const size = await shownSize();
    expect(size).toBe(await session.apiSize(range));
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(1500);
    await condition.getByRole('img', { name: /Signup date \(per year\)/ }).waitFor();
    await session.shoot('6-date-range');

    // An inverted range is marked on the condition with the API's message, and not counted.
    await condition.getByLabel('Signup date from').fill(`${Math.max(...signupYears)}-01-01`);
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('[data-testid=live-size]')?.dataset.status ===
        'invalid',
    );
    await expect.poll(() => condition.getAttribute('class')).toMatch(/has-issue/);
    expect(await condition.locator('.node-issues li').count()).toBeGreaterThan(0);
    await session.shoot('6-date-range-invalid');

    // One date with another operator: the date picked carries over.
    await condition.getByLabel('Operator').selectOption('gte');
    await settled(page);
    const since = {
      and: [
        {
          attribute: { key: 'signup_date', op: 'gte', value: `${Math.max(...signupYears)}-01-01` },
        },
      ],
    };
    expect(session.ruleInUrl()).toEqual(since);
    expect(await shownSize()).toBe(await session.apiSize(since));
  });
});
