import type { Page } from 'playwright-core';

declare global {
  interface Window {
    /** When the last click or input happened (performance.now()). */
    __lastInteraction?: number;
    /** When the shown count last changed to a newly counted rule. */
    __lastFresh?: number;
  }
}

/**
 * Records, inside the page, the time of every click / input and the time the live size last
 * turned fresh for a new rule, so that the click → count latency is measured in the browser's
 * own clock, without the test driver's round trips.
 */
export async function installLatencyProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const mark = () => (window.__lastInteraction = performance.now());
    document.addEventListener('click', mark, { capture: true });
    document.addEventListener('input', mark, { capture: true });
    const size = document.querySelector<HTMLElement>('[data-testid=live-size]');
    if (!size) throw new Error('no live size on the page');
    let counted = size.dataset.countedRule;
    new MutationObserver(() => {
      if (size.dataset.status === 'fresh' && size.dataset.countedRule !== counted) {
        counted = size.dataset.countedRule;
        window.__lastFresh = performance.now();
      }
    }).observe(size, { attributes: true });
  });
}

/** The rule the live size currently shows a count for. */
export async function countedRule(page: Page): Promise<string> {
  return (await page.getByTestId('live-size').getAttribute('data-counted-rule')) ?? '';
}

/** Waits until the live size shows a fresh count for a rule other than `before`; returns the latency in ms. */
export async function waitForNewCount(page: Page, before: string): Promise<number> {
  await page.waitForFunction((previous) => {
    const el = document.querySelector<HTMLElement>('[data-testid=live-size]');
    return el?.dataset.status === 'fresh' && el.dataset.countedRule !== previous;
  }, before);
  return page.evaluate(() => (window.__lastFresh ?? 0) - (window.__lastInteraction ?? 0));
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
