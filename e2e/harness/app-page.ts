/** A fresh browser context per test (so a fresh IndexedDB) with the page probes installed. */
import { mkdir, writeFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  emulateVisibility,
  keepRealTimers,
  recordChimes,
  recordSpeech,
  recordWakeLocks,
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
  // Fail a stuck step with its own message well before the test's timeout.
  context.setDefaultTimeout(15_000);
  // Under tsx (the benchmark) esbuild wraps named functions in a `__name` helper; functions shipped into the
  // page keep that call, so the page gets a harmless one.
  await context.addInitScript({ content: "globalThis.__name ??= (target) => target;" });
  await context.addInitScript(keepRealTimers);
  await context.addInitScript(recordSpeech);
  await context.addInitScript(recordChimes);
  await context.addInitScript(emulateVisibility);
  await context.addInitScript(recordWakeLocks);
  const page = await context.newPage();
  if (options.controlledClock) await page.clock.install();
  // LIMBER_E2E_CPU_SLOWDOWN=4 runs the page as on a mid-range phone's CPU (Lighthouse's mobile preset), to
  // prove a test holds there too.
  const slowdown = Number(process.env.LIMBER_E2E_CPU_SLOWDOWN ?? "1");
  if (slowdown > 1) {
    const session = await context.newCDPSession(page);
    await session.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  }
  return {
    context,
    page,
    spoken: () => page.evaluate(() => window.__limberSpoken.slice()),
    chimes: () => page.evaluate(() => window.__limberChimes.slice()),
    screenshot: async (name) => {
      // Straight from the compositor: Playwright's own screenshot waits for animation frames, which never
      // come while the fake clock stands still.
      const session = await context.newCDPSession(page);
      const { data } = await session.send("Page.captureScreenshot", {
        format: "png",
        captureBeyondViewport: false,
      });
      await session.detach();
      await mkdir(ARTIFACTS, { recursive: true });
      await writeFile(new URL(`${name}.png`, ARTIFACTS), Buffer.from(data, "base64"));
    },
    close: () => context.close(),
  };
}
