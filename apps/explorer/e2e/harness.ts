import { testTargets } from '@pinpoint/db/testing';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/src/testing/test-server';
import { launchChromium } from './browser';
import { explorerRoot, startExplorer } from './explorer-server';

/** Where the browser tests save their screenshots (git-ignored; CI keeps the folder). */
export const screenshots = join(explorerRoot, 'e2e', 'screenshots');

/** The number in a text such as `1,234` or `Audience 1,234`. */
export const digits = (text: string | null) => Number((text ?? '').replace(/[^0-9]/g, ''));

/** The real API on a seeded PGlite database, the built explorer in front of it, and a browser page. */
export interface ExplorerSession {
  api: TestServer;
  url: string;
  page: Page;
  /** The screenshot folder, for shots of a moment (mid-drag) at one size only. */
  screenshots: string;
  /** Saves a screenshot of the whole page at 1280×800 and at tablet width (820×1180). */
  shoot(name: string): Promise<void>;
  /** The API's exact size of a rule, asked directly (not through the page). */
  apiSize(rule: unknown): Promise<number | undefined>;
  /** The rule the builder keeps in the page's URL. */
  ruleInUrl(): unknown;
  close(): Promise<void>;
}

/** Starts everything a browser test needs; `close` stops it again. */
export async function openExplorerSession(): Promise<ExplorerSession> {
  if (!existsSync(join(explorerRoot, 'dist', 'index.html')))
    throw new Error('run `vite build` before the e2e test');
  mkdirSync(screenshots, { recursive: true });
  const pglite = testTargets().find((t) => t.name === 'pglite');
  if (!pglite) throw new Error('no PGlite target');
  const api = await startTestServer(pglite);
  const explorer = await startExplorer(api.url);
  const browser: Browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  return {
    api,
    url: explorer.url,
    page,
    screenshots,
    async shoot(name) {
      await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
      await page.setViewportSize({ width: 820, height: 1180 });
      await page.screenshot({ path: join(screenshots, `${name}-tablet.png`), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
    async apiSize(rule) {
      const response = await api.graphql<{ segmentSize: { size: number } }>(
        'query ($rule: RuleInput!) { segmentSize(segment: { rule: $rule }) { ... on SegmentSize { size } } }',
        { rule },
      );
      return response.data?.segmentSize.size;
    },
    ruleInUrl: () => JSON.parse(new URL(page.url()).searchParams.get('rule') ?? 'null') as unknown,
    async close() {
      await browser.close();
      await explorer.close();
      await api.close();
    },
  };
}
