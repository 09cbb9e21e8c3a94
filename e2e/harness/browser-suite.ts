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
  afterEach(async ({ task }) => {
    // A failure prints what each page showed, so a test that fails once in CI can be understood from its log.
    if (task.result?.state === "fail") {
      for (const app of opened) {
        const shown = await describeScreen(app).catch((error: unknown) => `(unreadable: ${error})`);
        console.error(`what the page showed when the test failed: ${shown}`);
      }
    }
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

/** The page's address and visible words, shortened, and a screenshot in e2e/artifacts/failed-*.png. */
async function describeScreen(app: AppPage): Promise<string> {
  const { page } = app;
  // biome-ignore lint/performance/useDomNodeTextContent: the words a person saw, not hidden ones
  const words = await page.evaluate(() => document.body.innerText.replace(/\s+/g, " ").slice(0, 1200));
  const name = `failed-${Date.now()}`;
  await app.screenshot(name);
  return `${page.url()}\n${words}\n(screenshot: e2e/artifacts/${name}.png)`;
}
