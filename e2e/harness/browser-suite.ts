/** Per-file browser lifecycle: one Chromium per test file, one fresh context (fresh IndexedDB) per test. */
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { type AppPage, type OpenAppOptions, openApp } from "./app-page";
import { launchChromium } from "./chromium";

export type BrowserSuite = {
  /** Opens the app in a fresh context; closed automatically after the test. */
  readonly open: (options?: OpenAppOptions) => Promise<AppPage>;
  readonly baseURL: string;
};

export function useBrowserSuite(): BrowserSuite {
  const baseURL = inject("baseURL");
  let browser: Browser | undefined;
  const opened: AppPage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((app) => app.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseURL,
    open: async (options) => {
      if (!browser) throw new Error("the browser is not launched yet: call open() inside a test");
      const app = await openApp(browser, baseURL, options);
      opened.push(app);
      return app;
    },
  };
}
