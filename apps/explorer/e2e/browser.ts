import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium; the e2e test uses it instead of a downloaded browser build. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser is installed (`apt-get install chromium`). */
export const hasChromium = existsSync(CHROMIUM);

/** Launches headless chromium with what a container without a GPU or sandbox needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}
