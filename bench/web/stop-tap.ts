/**
 * The stop tap at a phone's CPU speed: in a fresh browser context each, a self-care screening, then a guided
 * session on the real clock, then a tap on "Stop: sharp pain" with the CPU slowed 4x (CDP
 * `Emulation.setCPUThrottlingRate`). Two figures per tap: the tap's Event Timing duration (what INP counts:
 * from the tap to the next frame painted after its handlers) and the time from the tap to the first frame
 * painted with the stop screen on it. Baseline: a button on the empty page that replaces the page's words,
 * tapped the same way in the same browser.
 */
import type { Browser, Page } from "playwright-core";
import { openApp } from "../../e2e/harness/app-page";
import { answerScreening } from "../../e2e/harness/screening-journey";

/** Nearest-rank p50 and p75 (the goal's measure) of a few taps, with every tap as measured. */
export type TapSpread = {
  readonly p50: number;
  readonly p75: number;
  readonly max: number;
  readonly each: readonly number[];
};

function spread(values: readonly number[]): TapSpread {
  const each = values.map((value) => Math.round(value));
  const sorted = [...each].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: rank(50), p75: rank(75), max: sorted.at(-1) ?? 0, each };
}

export type StopTapFigures = {
  readonly taps: number;
  /** Event Timing duration of the tap (INP's measure), ms. */
  readonly eventDuration: TapSpread;
  /** From the tap to the first painted frame showing the stop screen, ms. */
  readonly toStopScreen: TapSpread;
  readonly baselineEventDuration: TapSpread;
  readonly baselineToScreen: TapSpread;
};

const SLOWDOWN = 4;

/** In the page: watches for `selector`, and records the tap's Event Timing and when the screen was painted. */
function watchTap(selector: string): void {
  const w = globalThis as unknown as {
    __tap: { eventMs: number; tapAt: number; paintedAt: number };
  };
  w.__tap = { eventMs: Number.NaN, tapAt: Number.NaN, paintedAt: Number.NaN };
  const armedAt = performance.now();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.name !== "pointerdown" && entry.name !== "pointerup" && entry.name !== "click") continue;
      if (entry.startTime < armedAt) continue; // an earlier tap (the one that began the session)
      if (Number.isNaN(w.__tap.tapAt) || entry.startTime < w.__tap.tapAt) w.__tap.tapAt = entry.startTime;
      w.__tap.eventMs = Math.max(Number.isNaN(w.__tap.eventMs) ? 0 : w.__tap.eventMs, entry.duration);
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  // The frame that shows it: the next animation frame after it is in the DOM, then that frame's paint.
  const seen = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    seen.disconnect();
    requestAnimationFrame(() => {
      const frame = performance.now();
      // A task posted from the frame's callback runs once that frame is committed.
      setTimeout(() => {
        w.__tap.paintedAt = frame;
      }, 0);
    });
  });
  seen.observe(document.body, { childList: true, subtree: true });
}

async function tapAndRead(page: Page, tapSelector: string, screenSelector: string) {
  await page.evaluate(watchTap, screenSelector);
  await page.locator(tapSelector).tap();
  await page.locator(screenSelector).waitFor();
  await page.waitForFunction(
    () => {
      const tap = (globalThis as unknown as { __tap: { eventMs: number; paintedAt: number } }).__tap;
      return !Number.isNaN(tap.paintedAt) && !Number.isNaN(tap.eventMs);
    },
    null,
    { timeout: 10_000 },
  );
  const tap = await page.evaluate(
    () => (globalThis as unknown as { __tap: { eventMs: number; tapAt: number; paintedAt: number } }).__tap,
  );
  return { eventMs: tap.eventMs, toScreenMs: tap.paintedAt - tap.tapAt };
}

async function slowDown(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send("Emulation.setCPUThrottlingRate", { rate: SLOWDOWN });
}

async function oneAppTap(browser: Browser, appUrl: string) {
  const app = await openApp(browser, appUrl, { phone: true });
  try {
    const { page } = app;
    await answerScreening(page, []);
    await page.getByTestId("outcome-self-care").waitFor();
    await slowDown(page);
    await page.goto("/#/session/supine-spinal-twist");
    await page.getByTestId("session-begin").tap();
    await page.getByTestId("guided-session").waitFor();
    // The session's first cue and frames are past: the tap meets a session running as a person sees it.
    await page.waitForTimeout(3_000);
    return await tapAndRead(
      page,
      '[data-testid="session-stop-pain"]',
      '[data-testid="session-stopped-for-pain"]',
    );
  } finally {
    await app.close();
  }
}

async function oneBaselineTap(browser: Browser, helloUrl: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(helloUrl);
    await page.evaluate(() => {
      const button = document.createElement("button");
      button.textContent = "Stop";
      button.style.minHeight = "44px";
      button.addEventListener("click", () => {
        const done = document.createElement("h1");
        done.dataset.testid = "done";
        done.textContent = "Stopped";
        document.body.replaceChildren(done);
      });
      document.body.append(button);
    });
    await slowDown(page);
    await page.waitForTimeout(500);
    return await tapAndRead(page, "button", '[data-testid="done"]');
  } finally {
    await context.close();
  }
}

export async function measureStopTap(
  browser: Browser,
  appUrl: string,
  helloUrl: string,
  taps: number,
): Promise<StopTapFigures> {
  const app: { eventMs: number; toScreenMs: number }[] = [];
  const baseline: { eventMs: number; toScreenMs: number }[] = [];
  for (let tap = 0; tap < taps; tap += 1) {
    app.push(await oneAppTap(browser, appUrl));
    baseline.push(await oneBaselineTap(browser, helloUrl));
  }
  return {
    taps,
    eventDuration: spread(app.map((t) => t.eventMs)),
    toStopScreen: spread(app.map((t) => t.toScreenMs)),
    baselineEventDuration: spread(baseline.map((t) => t.eventMs)),
    baselineToScreen: spread(baseline.map((t) => t.toScreenMs)),
  };
}
