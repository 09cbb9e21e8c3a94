/** A fresh browser context per test (so a fresh IndexedDB) with the page probes installed. */
import { mkdir } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  emulateVisibility,
  recordChimes,
  recordSpeech,
  type ScheduledChime,
  type SpokenCue,
} from "./page-probes";

export const ARTIFACTS = new URL("../artifacts/", import.meta.url);

export type AppPage = {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly spoken: () => Promise<SpokenCue[]>;
  readonly chimes: () => Promise<ScheduledChime[]>;
  readonly screenshot: (name: string) => Promise<void>;
  readonly close: () => Promise<void>;
};

export type OpenAppOptions = {
  /** A phone-sized viewport, as someone on the floor beside the roller would hold it. */
  readonly phone?: boolean;
  /** Install Playwright's fake clock before any app script runs, so sessions can be driven exactly. */
  readonly controlledClock?: boolean;
};

export async function openApp(
  browser: Browser,
  baseURL: string,
  options: OpenAppOptions = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    baseURL,
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  await context.addInitScript(recordSpeech);
  await context.addInitScript(recordChimes);
  await context.addInitScript(emulateVisibility);
  const page = await context.newPage();
  if (options.controlledClock) await page.clock.install();
  return {
    context,
    page,
    spoken: () => page.evaluate(() => window.__limberSpoken.slice()),
    chimes: () => page.evaluate(() => window.__limberChimes.slice()),
    screenshot: async (name) => {
      await mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname, fullPage: true });
    },
    close: () => context.close(),
  };
}
