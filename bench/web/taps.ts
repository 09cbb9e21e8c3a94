/**
 * Taps at a phone's CPU speed: in a fresh browser context each, the app is brought to the moment of the tap
 * (a self-care screening, a guided session begun, its first steps), the CPU is slowed 4x (CDP
 * `Emulation.setCPUThrottlingRate`), then one button is tapped. Two figures per tap: the tap's Event Timing
 * duration (what INP counts: from the tap to the next frame painted after its handlers) and the time from
 * the tap to the first frame painted with the screen it leads to. Every tap is measured by the same routine;
 * the taps are data (`TAPS`). Baseline: a button on the empty page that replaces the page's words, tapped
 * the same way in the same browser, once per round.
 */
import type { Browser, Page } from "playwright-core";
import { openApp } from "../../e2e/harness/app-page";
import { answerScreening } from "../../e2e/harness/screening-journey";

/** What the screen after the tap shows: an element by its test id, with these words in it if given. */
type Screen = { readonly testId: string; readonly text?: string };

/** One tap to measure, as a person reaches it. */
export type TapCase = {
  /** Answer the screening first (self-care), as a session needs. */
  readonly screened: boolean;
  /** The address opened once the CPU is slowed. */
  readonly path: string;
  /** Buttons tapped on the way, in order, each once it is on screen and the screen has settled. */
  readonly before: readonly string[];
  /** How long the screen runs before the measured tap (a session's first cue and frames are past). */
  readonly settleMs: number;
  readonly tap: string;
  readonly screen: Screen;
};

const TWIST = "/#/session/supine-spinal-twist";

/** Issue 19: the stop tap, then "the same for 'I'm in position', 'Pause' and the screening answers". */
export const TAPS = {
  "stop: sharp pain": {
    screened: true,
    path: TWIST,
    before: ["session-begin"],
    settleMs: 3000,
    tap: "session-stop-pain",
    screen: { testId: "session-stopped-for-pain" },
  },
  // The twist's first step ("Lie flat in a T") waits for the person.
  "I'm in position": {
    screened: true,
    path: TWIST,
    before: ["session-begin"],
    settleMs: 3000,
    tap: "session-next",
    screen: { testId: "session-step-title", text: "Step 2 of" },
  },
  // Two steps that wait for the person, then the left hold, a timed step with Pause in its dock.
  pause: {
    screened: true,
    path: TWIST,
    before: ["session-begin", "session-next", "session-next"],
    settleMs: 3000,
    tap: "session-pause",
    screen: { testId: "session-paused" },
  },
  // The first answer, from question 1 to question 2.
  "screening answer": {
    screened: false,
    path: "/#/screening",
    before: [],
    settleMs: 1000,
    tap: "screening-no",
    screen: { testId: "screening-progress", text: "Question 2 of" },
  },
} as const satisfies Record<string, TapCase>;

export type TapName = keyof typeof TAPS;

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

export type TapFigures = {
  /** Event Timing duration of the tap (INP's measure), ms. */
  readonly eventDuration: TapSpread;
  /** From the tap to the first painted frame showing the screen it leads to, ms. */
  readonly toScreen: TapSpread;
};

export type TapsFigures = {
  readonly rounds: number;
  readonly taps: Readonly<Record<TapName, TapFigures>>;
  readonly baseline: TapFigures;
};

const SLOWDOWN = 4;
/** Longer than the session dock's settle time (DOCK_SETTLE_MS), which ignores a tap just after a change. */
const BETWEEN_TAPS_MS = 1000;

/** In the page: watches for the screen, and records the tap's Event Timing and when the screen was painted. */
function watchTap(screen: Screen): void {
  const w = globalThis as unknown as {
    __tap: { eventMs: number; tapAt: number; paintedAt: number };
  };
  w.__tap = { eventMs: Number.NaN, tapAt: Number.NaN, paintedAt: Number.NaN };
  const armedAt = performance.now();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.name !== "pointerdown" && entry.name !== "pointerup" && entry.name !== "click") continue;
      if (entry.startTime < armedAt) continue; // an earlier tap (one on the way here)
      if (Number.isNaN(w.__tap.tapAt) || entry.startTime < w.__tap.tapAt) w.__tap.tapAt = entry.startTime;
      w.__tap.eventMs = Math.max(Number.isNaN(w.__tap.eventMs) ? 0 : w.__tap.eventMs, entry.duration);
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  // The frame that shows it: the next animation frame after it is in the DOM, then that frame's paint.
  // (No named function in here: under tsx it would call a helper the page lacks.)
  const seen = new MutationObserver(() => {
    const element = document.querySelector(`[data-testid="${screen.testId}"]`);
    if (element === null) return;
    if (screen.text !== undefined && !(element.textContent ?? "").includes(screen.text)) return;
    seen.disconnect();
    requestAnimationFrame(() => {
      const frame = performance.now();
      // A task posted from the frame's callback runs once that frame is committed.
      setTimeout(() => {
        w.__tap.paintedAt = frame;
      }, 0);
    });
  });
  seen.observe(document.body, { childList: true, subtree: true, characterData: true });
}

type OneTap = { readonly eventMs: number; readonly toScreenMs: number };

async function tapAndRead(page: Page, tapSelector: string, screen: Screen): Promise<OneTap> {
  await page.evaluate(watchTap, screen);
  await page.locator(tapSelector).tap();
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

const byTestId = (testId: string) => `[data-testid="${testId}"]`;

async function oneAppTap(browser: Browser, appUrl: string, tap: TapCase): Promise<OneTap> {
  const app = await openApp(browser, appUrl, { phone: true });
  try {
    const { page } = app;
    if (tap.screened) {
      await answerScreening(page, []);
      await page.getByTestId("outcome-self-care").waitFor();
    }
    await slowDown(page);
    await page.goto(tap.path);
    for (const testId of tap.before) {
      await page.locator(byTestId(testId)).tap();
      await page.waitForTimeout(BETWEEN_TAPS_MS);
    }
    await page.locator(byTestId(tap.tap)).waitFor();
    await page.waitForTimeout(tap.settleMs);
    return await tapAndRead(page, byTestId(tap.tap), tap.screen);
  } finally {
    await app.close();
  }
}

async function oneBaselineTap(browser: Browser, helloUrl: string): Promise<OneTap> {
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
    return await tapAndRead(page, "button", { testId: "done" });
  } finally {
    await context.close();
  }
}

const figures = (taps: readonly OneTap[]): TapFigures => ({
  eventDuration: spread(taps.map((t) => t.eventMs)),
  toScreen: spread(taps.map((t) => t.toScreenMs)),
});

/** `rounds` rounds, each: every tap of `names` once, then the empty page's tap. */
export async function measureTaps(
  browser: Browser,
  appUrl: string,
  helloUrl: string,
  rounds: number,
  names: readonly TapName[] = Object.keys(TAPS) as TapName[],
): Promise<TapsFigures> {
  const app = new Map<TapName, OneTap[]>(names.map((name) => [name, []]));
  const baseline: OneTap[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const name of names) app.get(name)?.push(await oneAppTap(browser, appUrl, TAPS[name]));
    baseline.push(await oneBaselineTap(browser, helloUrl));
  }
  const taps = Object.fromEntries(names.map((name) => [name, figures(app.get(name) ?? [])]));
  return { rounds, taps: taps as Record<TapName, TapFigures>, baseline: figures(baseline) };
}
